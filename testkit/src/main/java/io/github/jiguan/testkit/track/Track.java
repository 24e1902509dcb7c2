package io.github.jiguan.testkit.track;

import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.FixColumns;
import java.time.Instant;
import java.util.List;

/**
 * A rendered {@link TrackPlan}: the fixes one vehicle's terminal sent, in time order, and the
 * drives the plan made (what happened, not what the trip detector will make of it: a drive
 * shorter than 500 m is no trip, a halt shorter than a stop does not split one).
 *
 * @param vehicleId the vehicle
 * @param plan      the plan rendered
 * @param fixes     the fixes, glitches and non-positions included
 * @param drives    the drives, in order
 */
public record Track(String vehicleId, TrackPlan plan, List<Fix> fixes, List<Drive> drives) {

    /** Copies the lists. */
    public Track {
        fixes = List.copyOf(fixes);
        drives = List.copyOf(drives);
    }

    /** The fixes as columns. */
    public FixColumns columns() {
        return FixColumns.of(vehicleId, fixes);
    }

    /**
     * One straight drive.
     *
     * @param start when it left (its last fix before moving)
     * @param end   when it arrived (its arrival fix)
     * @param from  where it left
     * @param to    where it arrived
     */
    public record Drive(Instant start, Instant end, GeoPoint from, GeoPoint to) {

        /** The straight-line length in metres. */
        public double metres() {
            return from.distanceTo(to);
        }
    }
}
