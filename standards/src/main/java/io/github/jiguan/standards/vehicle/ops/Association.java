package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.track.Trip;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Which order a trip belongs to: the one whose window, widened by the tolerance, it overlaps most (as the reconciliation associates them). */
final class Association {

    private Association() {
    }

    /** The order of {@code orders} (cancelled ones excluded by the caller) that {@code trip} belongs to, if any. */
    static Optional<DispatchOrder> of(Trip trip, List<DispatchOrder> orders, Duration tolerance) {
        DispatchOrder best = null;
        Duration most = Duration.ZERO;
        for (DispatchOrder o : orders) {
            Instant from = o.windowStart().minus(tolerance);
            Instant to = o.windowEnd().plus(tolerance);
            Duration d = trip.overlap(from, to);
            if (trip.overlaps(from, to) && (best == null || d.compareTo(most) > 0)) {
                best = o;
                most = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code trip} lies inside the window of {@code order} widened by the tolerance. */
    static boolean inside(Trip trip, DispatchOrder order, Duration tolerance) {
        return trip.isInside(order.windowStart().minus(tolerance), order.windowEnd().plus(tolerance));
    }
}
