package io.github.jiguan.core.track;

import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.geo.LocalMetric;
import io.github.jiguan.core.Checks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds stops, trips and gaps in a cleaned track, exactly as docs/reconciliation.md says.
 *
 * <ul>
 *   <li>The positions are cut into stretches at every gap longer than
 *       {@link TrackPolicy#maxGap()}; a gap ends whatever was in progress before it, and nothing
 *       spans it.</li>
 *   <li>Within a stretch, each position in turn is tried as the anchor of a stationary spell: the
 *       following positions that stay within {@link TrackPolicy#stationaryRadiusMetres()} of it.
 *       The spell is a stop when it lasts at least {@link TrackPolicy#minStop()} from the anchor to
 *       its last position, or (with ACC used) when it has at least two positions and the ignition
 *       was reported off in one of them: "ACC off ends a trip at once once the vehicle stands"; two
 *       positions are what shows that it stands. ACC on never ends a spell and never starts a
 *       trip. A spell that is neither is a halt (a red light): its anchor counts as moving and the
 *       next position is tried.</li>
 *   <li>A trip is the movement between two stops, or from the start of a stretch to its first
 *       stop, or from the last stop to the end of the stretch; it is kept when its path covers at
 *       least {@link TrackPolicy#minTripMetres()}. See {@link Trip} for its start and end.</li>
 * </ul>
 *
 * <p>Distances for thresholds and trip lengths use the vehicle's {@link LocalMetric}. Linear in the
 * positions: a position is walked as an anchor only when the spell it starts could be a stop;
 * nothing is allocated per fix.
 * Stateless and thread-safe.
 */
public final class TripDetector {

    private final TrackPolicy policy;
    private final ZoneId zone;

    private TripDetector(TrackPolicy policy, ZoneId zone) {
        this.policy = policy;
        this.zone = zone;
    }

    /** A detector with the policy's thresholds; online days are counted in {@code zone}. */
    public static TripDetector of(TrackPolicy policy, ZoneId zone) {
        return new TripDetector(Checks.notNull("policy", policy), Checks.notNull("zone", zone));
    }

    /** Cleans and analyses raw fixes in one call. */
    public TrackAnalysis analyse(FixColumns raw) {
        return analyse(TrackCleaner.of(policy).clean(raw));
    }

    /** Analyses a cleaned track. */
    public TrackAnalysis analyse(CleanTrack track) {
        Scan scan = new Scan(track);
        int m = track.positionCount();
        long[] t = track.rawTime();
        long maxGap = policy.maxGap().toMillis();
        int s = 0;
        while (s < m) {
            int e = s;
            while (e + 1 < m && t[e + 1] - t[e] <= maxGap) {
                e++;
            }
            scan.stretch(s, e);
            if (e + 1 < m) {
                scan.gaps.add(new Gap(Instant.ofEpochMilli(t[e]), Instant.ofEpochMilli(t[e + 1])));
            }
            s = e + 1;
        }
        OnlineDays online = OnlineDays.of(track.rawFixTimes(), track.fixCount(), zone);
        return new TrackAnalysis(track, scan.trips, scan.stops, scan.gaps, online, scan.openFrom, scan.restartFrom);
    }

    /** The state of one pass over a track. */
    private final class Scan {
        final List<Trip> trips = new ArrayList<>();
        final List<Stop> stops = new ArrayList<>();
        final List<Gap> gaps = new ArrayList<>();
        final long[] t;
        final double[] lat;
        final double[] lon;
        final byte[] flags;
        final int m;
        final double r2;
        final long minStop;
        final boolean useAcc;
        long openFrom = FixColumns.NO_TIME;
        long restartFrom = FixColumns.NO_TIME;

        Scan(CleanTrack track) {
            t = track.rawTime();
            lat = track.rawLat();
            lon = track.rawLon();
            flags = track.rawFlags();
            m = track.positionCount();
            r2 = policy.stationaryRadiusMetres() * policy.stationaryRadiusMetres();
            minStop = policy.minStop().toMillis();
            useAcc = policy.useAcc();
        }

        /** Positions s..e, with no gap inside. */
        void stretch(int s, int e) {
            int prevStopLast = -1;
            int firstMoving = -1;
            boolean endsInStop = false;
            restartFrom = t[s];
            int due = s; // the first position at least minStop after the anchor
            int nextAccOff = nextAccOff(s, e);
            int i = s;
            while (i <= e) {
                while (due <= e && t[due] - t[i] < minStop) {
                    due++;
                }
                if (nextAccOff < i) {
                    nextAccOff = nextAccOff(i, e);
                }
                if (cannotStop(i, due, e, nextAccOff)) {
                    if (firstMoving < 0) {
                        firstMoving = i;
                    }
                    i++;
                    continue;
                }
                boolean accOff = useAcc && FixColumns.isAccOff(flags[i]);
                int j = i + 1;
                while (j <= e && LocalMetric.squaredMetres(lat[i], lon[i], lat[j], lon[j]) <= r2) {
                    accOff |= useAcc && FixColumns.isAccOff(flags[j]);
                    j++;
                }
                int last = j - 1;
                if (t[last] - t[i] >= minStop || (accOff && last > i)) {
                    trip(prevStopLast, firstMoving, i - 1, i, Trip.Ending.STOP);
                    Instant left = j <= e ? Instant.ofEpochMilli(t[j]) : e + 1 < m ? Instant.ofEpochMilli(t[e + 1]) : null;
                    stops.add(new Stop(Instant.ofEpochMilli(t[i]), Instant.ofEpochMilli(t[last]), left, point(i),
                            last - i + 1, accOff));
                    restartFrom = t[i];
                    prevStopLast = last;
                    firstMoving = -1;
                    endsInStop = j > e;
                    i = j;
                } else {
                    if (firstMoving < 0) {
                        firstMoving = i;
                    }
                    i++;
                }
            }
            if (firstMoving >= 0) {
                trip(prevStopLast, firstMoving, e, -1, Trip.Ending.GAP);
            }
            openFrom = endsInStop ? FixColumns.NO_TIME : t[prevStopLast >= 0 ? prevStopLast + 1 : s];
        }

        /**
         * Whether the spell anchored at {@code i} certainly is no stop, decided without walking it:
         * it cannot last minStop when the first position minStop later ({@code due}) is missing or
         * out of the radius (the spell ends before it), and it cannot hold an ignition-off report
         * when the next one comes at or after {@code due}. Exactly the outcome of the walk, at the
         * cost of one distance instead of one per position within the radius.
         */
        boolean cannotStop(int i, int due, int e, int nextAccOff) {
            boolean reachesDue = due <= e && LocalMetric.squaredMetres(lat[i], lon[i], lat[due], lon[due]) <= r2;
            if (reachesDue) {
                return false;
            }
            return !useAcc || nextAccOff > Math.min(due, e + 1) - 1;
        }

        /** The first index in [from, e] reporting ignition off, or e + 1. */
        int nextAccOff(int from, int e) {
            int k = from;
            while (k <= e && !FixColumns.isAccOff(flags[k])) {
                k++;
            }
            return k;
        }

        /**
         * The movement after the stop ending at {@code prevLast} (or -1), through the moving positions
         * {@code first..lastMoving} (first -1 when none), to the stop starting at {@code next} (or -1).
         */
        void trip(int prevLast, int first, int lastMoving, int next, Trip.Ending ending) {
            if (first < 0 && (prevLast < 0 || next < 0)) {
                return;
            }
            double distance = 0;
            int from = prevLast >= 0 ? prevLast : first;
            int prev = from;
            if (first >= 0) {
                for (int k = first; k <= lastMoving; k++) {
                    distance += LocalMetric.metres(lat[prev], lon[prev], lat[k], lon[k]);
                    prev = k;
                }
            }
            int to = next >= 0 ? next : lastMoving;
            if (next >= 0) {
                distance += LocalMetric.metres(lat[prev], lon[prev], lat[next], lon[next]);
            }
            if (distance < policy.minTripMetres()) {
                return;
            }
            long start = first >= 0 ? t[first] : t[next];
            trips.add(new Trip(Instant.ofEpochMilli(start), Instant.ofEpochMilli(t[to]), distance, point(from),
                    point(to), first >= 0 ? lastMoving - first + 1 : 0, ending));
        }

        GeoPoint point(int i) {
            return new GeoPoint(lat[i], lon[i]);
        }
    }
}
