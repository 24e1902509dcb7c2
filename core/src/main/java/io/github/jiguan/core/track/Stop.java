package io.github.jiguan.core.track;

import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * 停车点: a stationary spell long enough to count (docs/reconciliation.md): the fixes from its anchor on
 * stayed within the policy's radius of it for at least the minimum stop time, or the ignition was
 * reported off while the vehicle stood there.
 *
 * @param start    the time of the anchor, its first fix: when the vehicle arrived
 * @param end      the time of its last fix
 * @param left     the time of the first later position, which is no longer part of it, or
 *                 {@code null} when no position follows; the vehicle was last known here until then
 * @param position the anchor's position
 * @param fixes    the positions in the spell
 * @param accOff   whether the ignition was reported off during it
 */
public record Stop(Instant start, Instant end, Instant left, GeoPoint position, int fixes, boolean accOff) {

    /** Validates the fields. */
    public Stop {
        Checks.notNull("start", start);
        Checks.notNull("end", end);
        Checks.notNull("position", position);
    }

    /** When the next position was reported, if any. */
    public Optional<Instant> leftAt() {
        return Optional.ofNullable(left);
    }

    /**
     * Whether {@code moment} falls between its arrival and the next position after it: while the
     * vehicle was last known here. With no later position, every moment from its arrival on.
     */
    public boolean contains(Instant moment) {
        return !moment.isBefore(start) && (left == null || moment.isBefore(left));
    }
}
