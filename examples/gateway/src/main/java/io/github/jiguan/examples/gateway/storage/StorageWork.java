package io.github.jiguan.examples.gateway.storage;

import java.util.List;
import java.util.Objects;

/** One piece of work for the {@link BatchWriter}: rows to store in the next transaction. */
public sealed interface StorageWork {

    /** What it counts towards the writer's queue bound: its positions, or 1 for any other row. */
    default int weight() {
        return 1;
    }

    /** What to call once it is stored or refused: nothing, unless the piece says otherwise. */
    default Completion completion() {
        return Completion.NONE;
    }

    /**
     * Positions of one terminal message, stored in one transaction and acknowledged together.
     *
     * @param rows the positions
     * @param completion called after the commit
     */
    record Positions(List<PositionRow> rows, Completion completion) implements StorageWork {
        /** Copies the list. */
        public Positions {
            rows = List.copyOf(rows);
            Objects.requireNonNull(completion, "completion");
        }

        @Override
        public int weight() {
            return Math.max(1, rows.size());
        }
    }

    /**
     * A terminal's registration, authentication or deregistration.
     *
     * @param terminal the terminal as it now is
     * @param completion called after the commit: only then is the auth code handed out
     */
    record Terminal(TerminalRecord terminal, Completion completion) implements StorageWork {
        /** Checks the references. */
        public Terminal {
            Objects.requireNonNull(terminal, "terminal");
            Objects.requireNonNull(completion, "completion");
        }
    }

    /**
     * A frame that failed to decode.
     *
     * @param row the frame and its error
     */
    record BadFrame(BadFrameRow row) implements StorageWork {
        /** Checks the reference. */
        public BadFrame {
            Objects.requireNonNull(row, "row");
        }
    }

    /**
     * A command log row: inserted when {@code sent} is true, otherwise updated by its id.
     *
     * @param row the row
     * @param sent true for the row written when the command is sent
     */
    record Command(CommandLogRow row, boolean sent) implements StorageWork {
        /** Checks the reference. */
        public Command {
            Objects.requireNonNull(row, "row");
        }
    }
}
