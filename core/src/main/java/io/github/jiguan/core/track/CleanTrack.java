package io.github.jiguan.core.track;

import io.github.jiguan.core.geo.GeoPoint;
import java.time.Instant;

/**
 * One vehicle's fixes after cleaning (docs/reconciliation.md): in time order, one fix per time, with the
 * positions that survived the glitch filter as separate columns. Every fix kept here, position or
 * not, proves the terminal was online at its time; only the positions say where the vehicle was.
 *
 * <p>Built by {@link TrackCleaner}. Immutable and thread-safe; the arrays are never handed out.
 */
public final class CleanTrack {

    private final String vehicleId;
    private final int rows;
    private final int duplicates;
    private final int glitches;
    private final long[] glitchTimes;
    private final long[] fixTimes;
    private final int fixCount;
    private final long[] time;
    private final double[] lat;
    private final double[] lon;
    private final byte[] flags;
    private final int positions;

    CleanTrack(String vehicleId, int rows, int duplicates, int glitches, long[] glitchTimes, long[] fixTimes, int fixCount,
               long[] time, double[] lat, double[] lon, byte[] flags, int positions) {
        this.vehicleId = vehicleId;
        this.rows = rows;
        this.duplicates = duplicates;
        this.glitches = glitches;
        this.glitchTimes = glitchTimes;
        this.fixTimes = fixTimes;
        this.fixCount = fixCount;
        this.time = time;
        this.lat = lat;
        this.lon = lon;
        this.flags = flags;
        this.positions = positions;
    }

    /** The vehicle. */
    public String vehicleId() {
        return vehicleId;
    }

    /** The rows given to the cleaner. */
    public int rows() {
        return rows;
    }

    /** The rows dropped because another fix had the same time. */
    public int duplicates() {
        return duplicates;
    }

    /** The positions dropped because their implied speed exceeded the policy's maximum. */
    public int glitches() {
        return glitches;
    }

    /** The fixes kept, positions or not: rows less duplicates. */
    public int fixCount() {
        return fixCount;
    }

    /** The fixes kept that are not positions (valid = 0, out of range, or at (0, 0)). */
    public int nonPositions() {
        return fixCount - positions - glitches;
    }

    /** The time of kept fix {@code i} (positions and non-positions), epoch milliseconds, ascending. */
    public long fixTime(int i) {
        return fixTimes[java.util.Objects.checkIndex(i, fixCount)];
    }

    /** The positions kept. */
    public int positionCount() {
        return positions;
    }

    /** The time of position {@code i}, epoch milliseconds, ascending. */
    public long time(int i) {
        return time[java.util.Objects.checkIndex(i, positions)];
    }

    /** The latitude of position {@code i}. */
    public double latitude(int i) {
        return lat[java.util.Objects.checkIndex(i, positions)];
    }

    /** The longitude of position {@code i}. */
    public double longitude(int i) {
        return lon[java.util.Objects.checkIndex(i, positions)];
    }

    /** The ignition state reported with position {@code i}. */
    public Acc acc(int i) {
        return FixColumns.accOf(flags[java.util.Objects.checkIndex(i, positions)]);
    }

    /** Position {@code i} as a point. */
    public GeoPoint position(int i) {
        return new GeoPoint(latitude(i), longitude(i));
    }

    /** The time of position {@code i} as an instant. */
    public Instant instant(int i) {
        return Instant.ofEpochMilli(time(i));
    }

    /** Whether any kept fix (position or not) lies in [from, to], epoch milliseconds. */
    public boolean hasFixBetween(long from, long to) {
        int i = firstAtOrAfter(fixTimes, fixCount, from);
        return i < fixCount && fixTimes[i] <= to;
    }

    /**
     * How many kept fixes (positions or not, duplicates counted once) are before
     * {@code epochMillis}. Cleaning looks only backwards in time, so the fixes before a moment are
     * kept, and judged glitches, exactly as when the rows before it are cleaned alone.
     */
    public int fixesBefore(long epochMillis) {
        return firstAtOrAfter(fixTimes, fixCount, epochMillis);
    }

    /** How many of the {@link #glitches()} are before {@code epochMillis}; see {@link #fixesBefore}. */
    public int glitchesBefore(long epochMillis) {
        return firstAtOrAfter(glitchTimes, glitches, epochMillis);
    }

    /** The index of the last position at or before {@code epochMillis}, or -1. */
    public int lastPositionAtOrBefore(long epochMillis) {
        return firstAtOrAfter(time, positions, epochMillis + 1) - 1;
    }

    /** The index of the first position at or after {@code epochMillis}, or {@link #positionCount()}. */
    public int firstPositionAtOrAfter(long epochMillis) {
        return firstAtOrAfter(time, positions, epochMillis);
    }

    // Raw access for the detector in this package.
    long[] rawTime() {
        return time;
    }

    double[] rawLat() {
        return lat;
    }

    double[] rawLon() {
        return lon;
    }

    byte[] rawFlags() {
        return flags;
    }

    long[] rawFixTimes() {
        return fixTimes;
    }

    static int firstAtOrAfter(long[] sorted, int n, long key) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
