package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.Checks;
import io.github.jiguan.core.track.Fix;
import java.time.Instant;

/**
 * A fix or order that reached the {@link StreamingReconciler} after the watermark had passed the
 * time it concerns (for a fix its time, for an order its expanded window's start). Findings
 * already emitted cannot change, so it is left out of the reconciliation and reported here
 * instead; raise the allowed lateness to take such data in.
 *
 * @param fix       the late fix, or {@code null}
 * @param order     the late order, or {@code null}
 * @param watermark the watermark when it arrived
 */
public record LateData(Fix fix, DispatchOrder order, Instant watermark) {

    /** Checks that exactly one of fix and order is given. */
    public LateData {
        if ((fix == null) == (order == null)) {
            throw new IllegalArgumentException("exactly one of fix and order must be given");
        }
        Checks.notNull("watermark", watermark);
    }
}
