package io.github.jiguan.testkit.office;

import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.core.office.RoomRecord;
import java.time.LocalDate;
import java.util.List;

/**
 * One ledger on one side of one rule's threshold, with what an audit must say of it.
 *
 * @param rule      the finding type code of the rule, such as {@code IDLE_WITHOUT_REASON}
 * @param variant   which of the rule's thresholds, such as {@code age} or {@code interval}; empty when it has one
 * @param edge      the side of the threshold
 * @param ledger    the bureau's ledger: the clean base ledger with the one change
 * @param unitRooms the units' own room ledger (for 账账相符)
 * @param asOf      the audit date
 */
public record LedgerCase(String rule, String variant, Edge edge, OfficeLedger ledger, List<RoomRecord> unitRooms,
                         LocalDate asOf) {

    /** Copies the list. */
    public LedgerCase {
        unitRooms = List.copyOf(unitRooms);
    }

    /** Whether the audit must report {@link #rule} for this ledger. */
    public boolean isReported() {
        return edge.isReported();
    }

    @Override
    public String toString() {
        return rule + (variant.isEmpty() ? "" : "/" + variant) + " " + edge + " as of " + asOf;
    }
}
