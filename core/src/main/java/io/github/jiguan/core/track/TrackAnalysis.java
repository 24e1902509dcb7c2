package io.github.jiguan.core.track;

import java.util.List;

/**
 * What {@link TripDetector} found in one vehicle's cleaned fixes: trips, stops, gaps and the days
 * the terminal was online, with the cleaned track they came from.
 *
 * <p>For incremental processing it also says which part of the result later fixes can still
 * change, assuming later fixes are all later in time than every fix given:
 * {@link #openFrom()} and {@link #restartFrom()}. Immutable and thread-safe.
 *
 * @param track       the cleaned fixes
 * @param trips       the trips kept, in time order
 * @param stops       the stops, in time order
 * @param gaps        the gaps between positions longer than the policy's maximum, in time order
 * @param onlineDays  the days with at least one fix
 * @param openFrom    epoch milliseconds of the first position of the movement still in progress at
 *                    the end of the data (after the last confirmed stop, or from the start of the
 *                    last stretch without a gap); {@link FixColumns#NO_TIME} when the data ends in
 *                    a confirmed stop or has no position. Trips that start before it are final.
 * @param restartFrom epoch milliseconds of a position from which the detection can be run again
 *                    with the same outcome for everything from there on (the anchor of the last
 *                    confirmed stop, or the start of the last stretch without a gap);
 *                    {@link FixColumns#NO_TIME} when there is no position
 */
public record TrackAnalysis(CleanTrack track, List<Trip> trips, List<Stop> stops, List<Gap> gaps,
                            OnlineDays onlineDays, long openFrom, long restartFrom) {

    /** Copies the lists. */
    public TrackAnalysis {
        trips = List.copyOf(trips);
        stops = List.copyOf(stops);
        gaps = List.copyOf(gaps);
    }

    /** The vehicle. */
    public String vehicleId() {
        return track.vehicleId();
    }
}
