package io.github.jiguan.core.track;

import io.github.jiguan.core.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fixes of one vehicle as columns of primitive arrays, the form bulk code works on: millions
 * of fixes cost about 40 bytes each and no object per fix. Rows are in the order they were added,
 * which need not be time order; {@link TrackCleaner} sorts them.
 *
 * <p>Times are epoch milliseconds; a receive time of {@link #NO_TIME} means unknown. Instances are
 * immutable (the arrays are never handed out, and a builder only appends, so a view of its rows
 * never changes) and thread-safe; build them with {@link #builder(String)}.
 */
public final class FixColumns {

    /** The value of a time column that holds no time. */
    public static final long NO_TIME = Long.MIN_VALUE;

    private static final int VALID = 4;
    private static final int ACC_MASK = 3;

    private final String vehicleId;
    private final int size;
    private final long[] time;
    private final double[] lat;
    private final double[] lon;
    private final float[] speed;
    private final short[] heading;
    private final byte[] flags;
    private final long[] received;

    private FixColumns(Builder b, boolean copy) {
        this.vehicleId = b.vehicleId;
        this.size = b.size;
        this.time = copy ? Arrays.copyOf(b.time, size) : b.time;
        this.lat = copy ? Arrays.copyOf(b.lat, size) : b.lat;
        this.lon = copy ? Arrays.copyOf(b.lon, size) : b.lon;
        this.speed = copy ? Arrays.copyOf(b.speed, size) : b.speed;
        this.heading = copy ? Arrays.copyOf(b.heading, size) : b.heading;
        this.flags = copy ? Arrays.copyOf(b.flags, size) : b.flags;
        this.received = copy ? Arrays.copyOf(b.received, size) : b.received;
    }

    /** A table over the first {@code size} rows of arrays a {@link FixBuffer} owns, without copying. */
    FixColumns(String vehicleId, int size, long[] time, double[] lat, double[] lon, float[] speed, short[] heading,
               byte[] flags, long[] received) {
        this.vehicleId = vehicleId;
        this.size = size;
        this.time = time;
        this.lat = lat;
        this.lon = lon;
        this.speed = speed;
        this.heading = heading;
        this.flags = flags;
        this.received = received;
    }

    /** Starts an empty table for {@code vehicleId}. */
    public static Builder builder(String vehicleId) {
        return new Builder(vehicleId, 64);
    }

    /** Starts an empty table for {@code vehicleId} with room for {@code capacity} rows before it grows. */
    public static Builder builder(String vehicleId, int capacity) {
        return new Builder(vehicleId, Checks.inRange("capacity", capacity, 1, 1 << 24));
    }

    /**
     * The fixes of one vehicle as columns.
     *
     * @throws io.github.jiguan.core.InvalidValueException when a fix belongs to another vehicle
     */
    public static FixColumns of(String vehicleId, List<Fix> fixes) {
        Builder b = new Builder(vehicleId, Math.max(1, fixes.size()));
        for (Fix f : fixes) {
            b.add(f);
        }
        return b.build();
    }

    /** The vehicle. */
    public String vehicleId() {
        return vehicleId;
    }

    /** The number of fixes. */
    public int size() {
        return size;
    }

    /** The time of fix {@code i}, epoch milliseconds. */
    public long time(int i) {
        return time[check(i)];
    }

    /** The latitude of fix {@code i} as sent. */
    public double latitude(int i) {
        return lat[check(i)];
    }

    /** The longitude of fix {@code i} as sent. */
    public double longitude(int i) {
        return lon[check(i)];
    }

    /** The speed of fix {@code i} in km/h. */
    public double speedKmh(int i) {
        return speed[check(i)];
    }

    /** The heading of fix {@code i} in degrees. */
    public int heading(int i) {
        return heading[check(i)];
    }

    /** The ignition state of fix {@code i}. */
    public Acc acc(int i) {
        return accOf(flags[check(i)]);
    }

    /** Whether the terminal flagged fix {@code i} valid. */
    public boolean valid(int i) {
        return (flags[check(i)] & VALID) != 0;
    }

    /** The receive time of fix {@code i}, epoch milliseconds, or {@link #NO_TIME}. */
    public long receivedAt(int i) {
        return received[check(i)];
    }

    /** Fix {@code i} as a record. */
    public Fix fix(int i) {
        check(i);
        return new Fix(vehicleId, Instant.ofEpochMilli(time[i]), lat[i], lon[i], speed[i], heading[i],
                accOf(flags[i]), (flags[i] & VALID) != 0,
                received[i] == NO_TIME ? null : Instant.ofEpochMilli(received[i]));
    }

    /** Every fix as a record, in row order; for small tracks and tests. */
    public List<Fix> toFixes() {
        List<Fix> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(fix(i));
        }
        return out;
    }

    // Package-private raw access for the cleaner, which copies what it keeps.
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

    float[] rawSpeed() {
        return speed;
    }

    short[] rawHeading() {
        return heading;
    }

    long[] rawReceived() {
        return received;
    }

    static Acc accOf(byte flag) {
        return switch (flag & ACC_MASK) {
            case 1 -> Acc.ON;
            case 2 -> Acc.OFF;
            default -> Acc.UNKNOWN;
        };
    }

    static byte flagOf(Acc acc, boolean valid) {
        int a = switch (acc) {
            case ON -> 1;
            case OFF -> 2;
            case UNKNOWN -> 0;
        };
        return (byte) (a | (valid ? VALID : 0));
    }

    static boolean isValidFlag(byte flag) {
        return (flag & VALID) != 0;
    }

    static boolean isAccOff(byte flag) {
        return (flag & ACC_MASK) == 2;
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("fix index " + i + " out of range [0, " + size + ")");
        }
        return i;
    }

    /** Appends fixes of one vehicle to growing columns. Not thread-safe. */
    public static final class Builder {
        private final String vehicleId;
        private int size;
        private long[] time;
        private double[] lat;
        private double[] lon;
        private float[] speed;
        private short[] heading;
        private byte[] flags;
        private long[] received;

        Builder(String vehicleId, int capacity) {
            this(capacity, Checks.id("vehicle id", vehicleId));
        }

        /** An empty builder for a vehicle id already checked. */
        private Builder(int capacity, String checkedId) {
            this.vehicleId = checkedId;
            time = new long[capacity];
            lat = new double[capacity];
            lon = new double[capacity];
            speed = new float[capacity];
            heading = new short[capacity];
            flags = new byte[capacity];
            received = new long[capacity];
        }

        /** The vehicle. */
        public String vehicleId() {
            return vehicleId;
        }

        /** The number of fixes added so far. */
        public int size() {
            return size;
        }

        /**
         * Appends one fix from primitive values, without creating a {@link Fix}. The values must be
         * what {@link Fix} accepts: finite coordinates, speed in [0, 6553.5], heading in [0, 360].
         *
         * @param timeMillis     the fix time, epoch milliseconds
         * @param receivedMillis the receive time, epoch milliseconds, or {@link #NO_TIME}
         * @throws io.github.jiguan.core.InvalidValueException when a value is out of range
         */
        public Builder add(long timeMillis, double latitude, double longitude, double speedKmh, int headingDegrees,
                           Acc acc, boolean valid, long receivedMillis) {
            Checks.finite("latitude", latitude);
            Checks.finite("longitude", longitude);
            Checks.inRange("speed (km/h)", speedKmh, 0, 6553.5);
            Checks.inRange("heading", headingDegrees, 0, 360);
            Checks.notNull("acc", acc);
            append(timeMillis, latitude, longitude, (float) speedKmh, (short) headingDegrees, flagOf(acc, valid),
                    receivedMillis);
            return this;
        }

        /** Appends one row of checked values. */
        private void append(long t, double la, double lo, float sp, short hd, byte fl, long rec) {
            if (size == time.length) {
                grow();
            }
            int i = size++;
            time[i] = t;
            lat[i] = la;
            lon[i] = lo;
            speed[i] = sp;
            heading[i] = hd;
            flags[i] = fl;
            received[i] = rec;
        }

        /**
         * Appends a fix.
         *
         * @throws io.github.jiguan.core.InvalidValueException when it belongs to another vehicle
         */
        public Builder add(Fix f) {
            if (!f.vehicleId().equals(vehicleId)) {
                throw new io.github.jiguan.core.InvalidValueException("vehicle id",
                        "must be " + vehicleId + " for this track", f.vehicleId());
            }
            return add(f.time().toEpochMilli(), f.latitude(), f.longitude(), f.speedKmh(), f.heading(), f.acc(),
                    f.valid(), f.receivedAt() == null ? NO_TIME : f.receivedAt().toEpochMilli());
        }

        /** Appends every fix of {@code other} (same vehicle or not: the rows are taken as this vehicle's). */
        public Builder addAll(FixColumns other) {
            int n = other.size;
            while (time.length - size < n) {
                grow();
            }
            System.arraycopy(other.time, 0, time, size, n);
            System.arraycopy(other.lat, 0, lat, size, n);
            System.arraycopy(other.lon, 0, lon, size, n);
            System.arraycopy(other.speed, 0, speed, size, n);
            System.arraycopy(other.heading, 0, heading, size, n);
            System.arraycopy(other.flags, 0, flags, size, n);
            System.arraycopy(other.received, 0, received, size, n);
            size += n;
            return this;
        }

        /**
         * Appends rows {@code from} (inclusive) to {@code to} (exclusive) of {@code other} as they are
         * (taken as this vehicle's).
         *
         * @throws IndexOutOfBoundsException when the range is not within {@code other}
         */
        public Builder addRange(FixColumns other, int from, int to) {
            java.util.Objects.checkFromToIndex(from, to, other.size);
            int n = to - from;
            while (size + n > time.length) {
                grow();
            }
            System.arraycopy(other.time, from, time, size, n);
            System.arraycopy(other.lat, from, lat, size, n);
            System.arraycopy(other.lon, from, lon, size, n);
            System.arraycopy(other.speed, from, speed, size, n);
            System.arraycopy(other.heading, from, heading, size, n);
            System.arraycopy(other.flags, from, flags, size, n);
            System.arraycopy(other.received, from, received, size, n);
            size += n;
            return this;
        }

        /** A new, empty builder for the same vehicle, with room for {@code capacity} fixes before it grows. */
        public Builder sibling(int capacity) {
            return new Builder(Math.max(1, capacity), vehicleId);
        }

        /** Appends row {@code i} of {@code other} as it is (taken as this vehicle's). */
        public Builder addRow(FixColumns other, int i) {
            other.check(i);
            append(other.time[i], other.lat[i], other.lon[i], other.speed[i], other.heading[i], other.flags[i],
                    other.received[i]);
            return this;
        }

        /** A new builder with the fixes added so far whose time is at or after {@code epochMillis}. */
        public Builder from(long epochMillis) {
            Builder b = new Builder(Math.max(16, size), vehicleId);
            for (int i = 0; i < size; i++) {
                if (time[i] >= epochMillis) {
                    b.append(time[i], lat[i], lon[i], speed[i], heading[i], flags[i], received[i]);
                }
            }
            return b;
        }

        /** An immutable copy of the fixes added so far whose time is before {@code epochMillis}. */
        public FixColumns buildBefore(long epochMillis) {
            Builder b = new Builder(Math.max(1, size), vehicleId);
            for (int i = 0; i < size; i++) {
                if (time[i] < epochMillis) {
                    b.append(time[i], lat[i], lon[i], speed[i], heading[i], flags[i], received[i]);
                }
            }
            return new FixColumns(b, true);
        }

        /** An immutable copy of the fixes added so far; the builder can go on. */
        public FixColumns build() {
            return new FixColumns(this, true);
        }

        /**
         * The fixes added so far without copying them: safe because a builder only ever appends, so
         * the rows a view covers never change; later rows are not in the view.
         */
        public FixColumns view() {
            return new FixColumns(this, false);
        }

        private void grow() {
            int n = Math.max(16, time.length + (time.length >> 1));
            time = Arrays.copyOf(time, n);
            lat = Arrays.copyOf(lat, n);
            lon = Arrays.copyOf(lon, n);
            speed = Arrays.copyOf(speed, n);
            heading = Arrays.copyOf(heading, n);
            flags = Arrays.copyOf(flags, n);
            received = Arrays.copyOf(received, n);
        }
    }
}
