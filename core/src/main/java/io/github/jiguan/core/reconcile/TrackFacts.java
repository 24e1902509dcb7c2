package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.track.CleanTrack;
import io.github.jiguan.core.track.Stop;
import io.github.jiguan.core.track.TrackAnalysis;
import io.github.jiguan.core.track.Trip;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

/** What the rules need to know about one vehicle's trajectory; batch and streaming supply it differently. */
interface TrackFacts {

    /** The last position at or before a moment, and when the next position came. */
    record Known(long time, double latitude, double longitude, long nextTime) {
        static final long NONE = Long.MIN_VALUE;
    }

    /** The trips, in time order, not overlapping. */
    List<Trip> trips();

    /** The stops, in time order. */
    List<Stop> stops();

    /** Which of the {@code count} days from {@code first} had at least one fix, by index. */
    BitSet onlineDays(LocalDate first, int count);

    /** Whether any fix lies in [from, to], epoch milliseconds. */
    boolean hasFixBetween(long from, long to);

    /** The last position at or before {@code moment} (epoch milliseconds), or null. */
    Known lastKnown(long moment);

    /** The facts of one batch analysis. */
    static TrackFacts of(TrackAnalysis analysis) {
        CleanTrack track = analysis.track();
        return new TrackFacts() {
            @Override
            public List<Trip> trips() {
                return analysis.trips();
            }

            @Override
            public List<Stop> stops() {
                return analysis.stops();
            }

            @Override
            public BitSet onlineDays(LocalDate first, int count) {
                return analysis.onlineDays().indexesFrom(first, count);
            }

            @Override
            public boolean hasFixBetween(long from, long to) {
                return track.hasFixBetween(from, to);
            }

            @Override
            public Known lastKnown(long moment) {
                return known(track, moment);
            }
        };
    }

    /** The last position of {@code track} at or before {@code moment}, or null. */
    static Known known(CleanTrack track, long moment) {
        int k = track.lastPositionAtOrBefore(moment);
        if (k < 0) {
            return null;
        }
        long next = k + 1 < track.positionCount() ? track.time(k + 1) : Known.NONE;
        return new Known(track.time(k), track.latitude(k), track.longitude(k), next);
    }
}
