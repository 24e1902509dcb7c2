package io.github.jiguan.core.track;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.util.Objects;

/**
 * The fixes of one vehicle that a stream holds: rows appended at the end and given up from the
 * front, in arrays it reuses. A stream keeps each fix only until it is analysed and passed, so
 * unlike {@link FixColumns.Builder} (which only appends, and copies into new arrays as it grows)
 * the buffer overwrites the rows it has given up: in a steady state it allocates nothing.
 *
 * <p>The price is that a {@link #view()} shares the arrays and is valid only until the buffer
 * next changes; take one, use it, and let it go, as the streaming reconciler does with each
 * analysis. Row indices count from the first row held. Not thread-safe.
 */
public final class FixBuffer {

    private final String vehicleId;
    private int head;
    private int end;
    private long[] time;
    private double[] lat;
    private double[] lon;
    private float[] speed;
    private short[] heading;
    private byte[] flags;
    private long[] received;

    private FixBuffer(String checkedId, int capacity) {
        this.vehicleId = checkedId;
        allocate(capacity);
    }

    /** An empty buffer for {@code vehicleId}, with room for {@code capacity} rows before it grows. */
    public static FixBuffer of(String vehicleId, int capacity) {
        return new FixBuffer(Checks.id("vehicle id", vehicleId), Checks.inRange("capacity", capacity, 1, 1 << 24));
    }

    /** The vehicle. */
    public String vehicleId() {
        return vehicleId;
    }

    /** The number of rows held. */
    public int size() {
        return end - head;
    }

    /** The time of row {@code i}, epoch milliseconds. */
    public long time(int i) {
        return time[head + Objects.checkIndex(i, size())];
    }

    /**
     * Appends a fix; its fields were checked when it was made.
     *
     * @throws InvalidValueException when it belongs to another vehicle
     */
    public FixBuffer add(Fix f) {
        if (!f.vehicleId().equals(vehicleId)) {
            throw new InvalidValueException("vehicle id", "must be " + vehicleId + " for this buffer", f.vehicleId());
        }
        append(f.time().toEpochMilli(), f.latitude(), f.longitude(), (float) f.speedKmh(), (short) f.heading(),
                FixColumns.flagOf(f.acc(), f.valid()),
                f.receivedAt() == null ? FixColumns.NO_TIME : f.receivedAt().toEpochMilli());
        return this;
    }

    /** Appends row {@code i} of {@code c} as it is (taken as this vehicle's). */
    public FixBuffer addRow(FixColumns c, int i) {
        Objects.checkIndex(i, c.size());
        append(c.rawTime()[i], c.rawLat()[i], c.rawLon()[i], c.rawSpeed()[i], c.rawHeading()[i], c.rawFlags()[i],
                c.rawReceived()[i]);
        return this;
    }

    /** Appends every row of {@code c} as it is (taken as this vehicle's). */
    public FixBuffer addAll(FixColumns c) {
        return copy(c.rawTime(), c.rawLat(), c.rawLon(), c.rawSpeed(), c.rawHeading(), c.rawFlags(), c.rawReceived(),
                0, c.size());
    }

    /**
     * Moves the first {@code n} rows of {@code from} to the end of this buffer.
     *
     * @throws IndexOutOfBoundsException when {@code from} holds fewer rows
     */
    public FixBuffer takeFirst(FixBuffer from, int n) {
        Objects.checkFromIndexSize(0, n, from.size());
        copy(from.time, from.lat, from.lon, from.speed, from.heading, from.flags, from.received, from.head, n);
        from.head += n;
        if (from.head == from.end) {
            from.head = 0;
            from.end = 0;
        }
        return this;
    }

    /**
     * Keeps only the rows whose time is at or after {@code epochMillis}, in their order, and
     * returns how many it dropped.
     */
    public int retainFrom(long epochMillis) {
        int w = 0;
        for (int r = head; r < end; r++) {
            if (time[r] >= epochMillis) {
                if (w != r) {
                    time[w] = time[r];
                    lat[w] = lat[r];
                    lon[w] = lon[r];
                    speed[w] = speed[r];
                    heading[w] = heading[r];
                    flags[w] = flags[r];
                    received[w] = received[r];
                }
                w++;
            }
        }
        int dropped = size() - w;
        head = 0;
        end = w;
        return dropped;
    }

    /** The index of the first row at or after {@code epochMillis}, for rows in time order. */
    public int firstAtOrAfter(long epochMillis) {
        int lo = head;
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < epochMillis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - head;
    }

    /** The rows held, sharing this buffer's arrays: valid until the buffer next changes. */
    public FixColumns view() {
        compact();
        return new FixColumns(vehicleId, end, time, lat, lon, speed, heading, flags, received);
    }

    private void append(long t, double la, double lo, float sp, short hd, byte fl, long rec) {
        if (end == time.length) {
            makeRoom(1);
        }
        int i = end++;
        time[i] = t;
        lat[i] = la;
        lon[i] = lo;
        speed[i] = sp;
        heading[i] = hd;
        flags[i] = fl;
        received[i] = rec;
    }

    private FixBuffer copy(long[] t, double[] la, double[] lo, float[] sp, short[] hd, byte[] fl, long[] rec,
                           int from, int n) {
        if (end + n > time.length) {
            makeRoom(n);
        }
        System.arraycopy(t, from, time, end, n);
        System.arraycopy(la, from, lat, end, n);
        System.arraycopy(lo, from, lon, end, n);
        System.arraycopy(sp, from, speed, end, n);
        System.arraycopy(hd, from, heading, end, n);
        System.arraycopy(fl, from, flags, end, n);
        System.arraycopy(rec, from, received, end, n);
        end += n;
        return this;
    }

    /** Makes room for {@code n} more rows at the end: moves the rows held to the front, or grows. */
    private void makeRoom(int n) {
        int held = size();
        if (head > 0 && held + n <= time.length && head >= held) { // the move costs at most what was given up
            compact();
            return;
        }
        int capacity = Math.max(16, Math.max(held + n, time.length * 2)); // doubling: each row is copied once on average
        long[] t = time;
        double[] la = lat;
        double[] lo = lon;
        float[] sp = speed;
        short[] hd = heading;
        byte[] fl = flags;
        long[] rec = received;
        int from = head;
        allocate(capacity);
        head = 0;
        end = 0;
        copy(t, la, lo, sp, hd, fl, rec, from, held);
    }

    private void compact() {
        if (head == 0) {
            return;
        }
        int n = size();
        System.arraycopy(time, head, time, 0, n);
        System.arraycopy(lat, head, lat, 0, n);
        System.arraycopy(lon, head, lon, 0, n);
        System.arraycopy(speed, head, speed, 0, n);
        System.arraycopy(heading, head, heading, 0, n);
        System.arraycopy(flags, head, flags, 0, n);
        System.arraycopy(received, head, received, 0, n);
        head = 0;
        end = n;
    }

    private void allocate(int capacity) {
        time = new long[capacity];
        lat = new double[capacity];
        lon = new double[capacity];
        speed = new float[capacity];
        heading = new short[capacity];
        flags = new byte[capacity];
        received = new long[capacity];
    }

    @Override
    public String toString() {
        return "FixBuffer[" + vehicleId + ", " + size() + " rows]";
    }
}
