package io.github.jiguan.core.track;

import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.geo.LocalMetric;
import java.util.Arrays;

/**
 * Cleans one vehicle's fixes as docs/reconciliation.md says: sort by fix time; keep one fix per time; a fix
 * that is not valid, is out of range or is at (0, 0) is not a position but still proves the
 * terminal was online; drop a position whose implied speed from the last kept position exceeds
 * {@link TrackPolicy#maxSpeedKmh()} (a glitch).
 *
 * <p>Of several fixes with the same time, a position is preferred to a non-position, and among
 * equals the one first in the order (latitude, longitude, speed, heading, ACC, valid, receive
 * time): the choice depends on the fixes, never on the order they came in. The first position of a
 * track has no earlier position to be judged against and is always kept.
 *
 * <p>Work is linear in the fixes when they come in time order, n log n otherwise; nothing is
 * allocated per fix. Stateless and thread-safe.
 */
public final class TrackCleaner {

    private static final double METRES_PER_DEGREE_SQUARED = LocalMetric.METRES_PER_DEGREE * LocalMetric.METRES_PER_DEGREE;

    private final TrackPolicy policy;

    private TrackCleaner(TrackPolicy policy) {
        this.policy = policy;
    }

    /** A cleaner with the policy's glitch speed. */
    public static TrackCleaner of(TrackPolicy policy) {
        return new TrackCleaner(io.github.jiguan.core.Checks.notNull("policy", policy));
    }

    /** Cleans the fixes of one vehicle. */
    public CleanTrack clean(FixColumns raw) {
        int n = raw.size();
        long[] rt = raw.rawTime();
        if (isStrictlyIncreasing(rt, n)) {
            return cleanOrdered(raw, n, rt);
        }
        int[] order = timeOrder(rt, n);
        double[] rlat = raw.rawLat();
        double[] rlon = raw.rawLon();
        byte[] rflags = raw.rawFlags();

        long[] fixTimes = new long[n];
        Kept kept = new Kept(n);
        int fixes = 0;
        int duplicates = 0;
        for (int k = 0; k < n; ) {
            int best = order == null ? k : order[k];
            int end = k + 1;
            while (end < n && rt[at(order, end)] == rt[best]) {
                best = better(raw, best, at(order, end));
                end++;
            }
            duplicates += end - k - 1;
            k = end;
            fixTimes[fixes++] = rt[best];
            kept.offer(rt[best], rlat[best], rlon[best], rflags[best]);
        }
        return kept.track(raw.vehicleId(), n, duplicates, fixTimes, fixes);
    }

    /** The common case, rows already in strict time order: no sorting, no duplicates, the times shared. */
    private CleanTrack cleanOrdered(FixColumns raw, int n, long[] rt) {
        double[] rlat = raw.rawLat();
        double[] rlon = raw.rawLon();
        byte[] rflags = raw.rawFlags();
        Kept kept = new Kept(n);
        for (int i = 0; i < n; i++) {
            kept.offer(rt[i], rlat[i], rlon[i], rflags[i]);
        }
        return kept.track(raw.vehicleId(), n, 0, rt, n);
    }

    private static boolean isStrictlyIncreasing(long[] t, int n) {
        for (int i = 1; i < n; i++) {
            if (t[i] <= t[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The positions kept so far: the glitch filter. */
    private final class Kept {
        final long[] time;
        final double[] lat;
        final double[] lon;
        final byte[] flags;
        final double maxMetresPerMilli = policy.maxSpeedKmh() / 3600.0;
        int positions;
        int glitches;
        long[] glitchTimes = new long[0]; // in time order, as the fixes are offered

        Kept(int n) {
            time = new long[n];
            lat = new double[n];
            lon = new double[n];
            flags = new byte[n];
        }

        void offer(long t, double la, double lo, byte flag) {
            if (!FixColumns.isValidFlag(flag) || !GeoPoint.isPosition(la, lo)) {
                return;
            }
            if (positions > 0) {
                int p = positions - 1;
                double limit = maxMetresPerMilli * (t - time[p]);
                double limitSquared = limit * limit;
                // cos(latitude) <= 1 bounds the flat distance from above: a step within the bound is no
                // glitch, which spares the metric for nearly every fix of a normal track.
                double dLat = la - lat[p];
                double dLon = lo - lon[p];
                double bound = (dLat * dLat + dLon * dLon) * METRES_PER_DEGREE_SQUARED;
                if (bound > limitSquared && LocalMetric.squaredMetres(lat[p], lon[p], la, lo) > limitSquared) {
                    if (glitches == glitchTimes.length) {
                        glitchTimes = Arrays.copyOf(glitchTimes, Math.max(4, glitches * 2));
                    }
                    glitchTimes[glitches++] = t;
                    return;
                }
            }
            time[positions] = t;
            lat[positions] = la;
            lon[positions] = lo;
            flags[positions] = flag;
            positions++;
        }

        CleanTrack track(String vehicleId, int rows, int duplicates, long[] fixTimes, int fixes) {
            return new CleanTrack(vehicleId, rows, duplicates, glitches, glitchTimes, fixTimes, fixes, time, lat,
                    lon, flags, positions);
        }
    }

    private static int at(int[] order, int k) {
        return order == null ? k : order[k];
    }

    /** The row indices in time order (ties in row order), or null when the rows already are. */
    static int[] timeOrder(long[] t, int n) {
        boolean sorted = true;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (i > 0 && t[i] < t[i - 1]) {
                sorted = false;
            }
            min = Math.min(min, t[i]);
            max = Math.max(max, t[i]);
        }
        if (sorted) {
            return null;
        }
        int indexBits = 32 - Integer.numberOfLeadingZeros(n);
        int[] order = new int[n];
        if (max - min >= 0 && (max - min) < (1L << (63 - indexBits))) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = ((t[i] - min) << indexBits) | i;
            }
            Arrays.sort(keys);
            long mask = (1L << indexBits) - 1;
            for (int i = 0; i < n; i++) {
                order[i] = (int) (keys[i] & mask);
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> a.equals(b) ? 0 : t[a] != t[b] ? Long.compare(t[a], t[b]) : Integer.compare(a, b));
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    /** Of two fixes with the same time, the one to keep: a position first, then the smaller content. */
    private static int better(FixColumns raw, int a, int b) {
        boolean pa = isPosition(raw, a);
        boolean pb = isPosition(raw, b);
        if (pa != pb) {
            return pa ? a : b;
        }
        int c = Double.compare(raw.rawLat()[a], raw.rawLat()[b]);
        if (c == 0) {
            c = Double.compare(raw.rawLon()[a], raw.rawLon()[b]);
        }
        if (c == 0) {
            c = Float.compare(raw.rawSpeed()[a], raw.rawSpeed()[b]);
        }
        if (c == 0) {
            c = Short.compare(raw.rawHeading()[a], raw.rawHeading()[b]);
        }
        if (c == 0) {
            c = Byte.compare(raw.rawFlags()[a], raw.rawFlags()[b]);
        }
        if (c == 0) {
            c = Long.compare(raw.rawReceived()[a], raw.rawReceived()[b]);
        }
        return c <= 0 ? a : b;
    }

    private static boolean isPosition(FixColumns raw, int i) {
        return FixColumns.isValidFlag(raw.rawFlags()[i]) && GeoPoint.isPosition(raw.rawLat()[i], raw.rawLon()[i]);
    }
}
