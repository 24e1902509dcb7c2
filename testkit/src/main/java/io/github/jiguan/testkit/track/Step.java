package io.github.jiguan.testkit.track;

import io.github.jiguan.core.track.Acc;
import java.time.Duration;

/**
 * One step of a vehicle's plan: what it does next and how its terminal reports it. A
 * {@link TrackPlan} is a list of steps; {@link TrackPlan#render} turns it into fixes.
 */
public sealed interface Step {

    /** Parks where it is for {@code duration}, reporting now and every {@code every}. */
    record Park(Duration duration, Duration every) implements Step {
    }

    /**
     * Drives in a straight line to the point {@code north} and {@code east} metres from the plan's
     * origin at {@code kmh}, reporting every {@code every} and on arrival.
     */
    record Drive(int north, int east, int kmh, Duration every) implements Step {
    }

    /** Reports nothing for {@code duration}: a tunnel, a dead terminal, a gap in the data. */
    record Silence(Duration duration) implements Step {
    }

    /**
     * A GPS glitch: a report here, 5 s later one valid fix far away ({@code north} and {@code east}
     * metres from the origin, tens of kilometres), 5 s later a report here again.
     */
    record Glitch(int north, int east) implements Step {
    }

    /**
     * After 3 s of silence, one fix that is not a position: at (0, 0) when {@code atZero}, else
     * here; flagged valid or not.
     */
    record NotAPosition(boolean atZero, boolean validFlag) implements Step {
    }

    /** From now on the terminal reports this ignition state. */
    record Ignition(Acc acc) implements Step {
    }

    /** One more report here, now (a duplicate when the last fix was now too). */
    record Report() implements Step {
    }
}
