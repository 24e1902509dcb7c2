package io.github.jiguan.core.track;

import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * 行程: a movement between two stops (docs/reconciliation.md).
 *
 * <p>It starts at the time of the first fix after the stop it left that is no longer part of that
 * stop, and ends at the time of the first fix of the next stop, or at the last fix before a data
 * gap or the end of the data. Its distance is the path through its fixes, from the last fix of the
 * stop it left to the first fix of the stop it reached.
 *
 * @param start          the first fix no longer part of the stop it left
 * @param end            the first fix of the next stop, or the last fix before a gap or the end of the data
 * @param distanceMetres the path length in metres
 * @param from           where it left: the last fix of the stop it left, or its first fix
 * @param to             where it arrived: the first fix of the next stop, or its last fix
 * @param fixes          the moving fixes between the two stops
 * @param ending         what ended it
 */
public record Trip(Instant start, Instant end, double distanceMetres, GeoPoint from, GeoPoint to, int fixes,
                   Ending ending) {

    /** What ended a trip. */
    public enum Ending {
        /** A stop: the vehicle stood for the minimum stop time, or switched the ignition off. */
        STOP,
        /**
         * No stop followed: the positions stop for longer than the policy's maximum gap, or the data
         * given ends (which, for data still arriving, is a gap not yet closed).
         */
        GAP
    }

    /** Validates the fields. */
    public Trip {
        Checks.notNull("start", start);
        Checks.notNull("end", end);
        if (end.isBefore(start)) {
            throw new io.github.jiguan.core.InvalidValueException("trip end", "must not be before start " + start, end);
        }
        Checks.inRange("distance (m)", distanceMetres, 0, Double.MAX_VALUE);
        Checks.notNull("from", from);
        Checks.notNull("to", to);
        Checks.inRange("fixes", fixes, 0, Integer.MAX_VALUE);
        Checks.notNull("ending", ending);
    }

    /** How long it took. */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Whether the trip shares at least an instant with the closed interval [from, to]. */
    public boolean overlaps(Instant from, Instant to) {
        return !start.isAfter(to) && !end.isBefore(from);
    }

    /** The length of the common part with [from, to], zero when they only touch or do not meet. */
    public Duration overlap(Instant from, Instant to) {
        Instant a = start.isAfter(from) ? start : from;
        Instant b = end.isBefore(to) ? end : to;
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }

    /** Whether the trip lies inside the closed interval [from, to]. */
    public boolean isInside(Instant from, Instant to) {
        return !start.isBefore(from) && !end.isAfter(to);
    }
}
