package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.jt808.BodyReader;
import io.github.jiguan.telematics.jt808.BodyWriter;
import io.github.jiguan.telematics.jt808.MessageId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 0x0200 位置信息汇报 (location report, JT/T 808-2013 §8.18): alarm and status flags, position,
 * altitude, speed, direction, time and additional items. Also the location inside 0x0201, 0x0500,
 * 0x0704, 0x0801 and 0x0802.
 *
 * <p>The accessors give units: signed degrees (south and west from the status flags), km/h, metres,
 * an {@link Instant}. Inside, the report keeps the wire values and the additional items as their
 * bytes, and types the items only when asked ({@link #items()}): decoding the millions of reports a
 * platform receives then costs one small object and one copy of the item bytes, and every report,
 * vendor items and odd values included, re-encodes to the bytes it came from.
 *
 * <p>This is a final class rather than a record for that reason; it is immutable and equal by value.
 */
public final class LocationReport implements TerminalMessage {

    /** Bytes of the fixed part: alarm, status, latitude, longitude, altitude, speed, direction, time. */
    public static final int BASE_LENGTH = 28;

    private static final byte[] NO_ITEMS = new byte[0];

    private final int alarmBits;
    private final int statusBits;
    private final int latitudeMicro;
    private final int longitudeMicro;
    private final int altitudeM;
    private final int speedTenths;
    private final int direction;
    private final long timeBcd;
    private final byte[] items;

    private LocationReport(int alarmBits, int statusBits, int latitudeMicro, int longitudeMicro, int altitudeM,
            int speedTenths, int direction, long timeBcd, byte[] items) {
        this.alarmBits = alarmBits;
        this.statusBits = statusBits;
        this.latitudeMicro = latitudeMicro;
        this.longitudeMicro = longitudeMicro;
        this.altitudeM = altitudeM;
        this.speedTenths = speedTenths;
        this.direction = direction;
        this.timeBcd = timeBcd;
        this.items = items;
    }

    /**
     * A report from wire values, as a terminal sent them.
     *
     * @param alarmBits the alarm DWORD
     * @param statusBits the status DWORD (bits 2 and 3 give the signs of the coordinates)
     * @param latitudeMicro the latitude DWORD in 1e-6 degrees
     * @param longitudeMicro the longitude DWORD in 1e-6 degrees
     * @param altitudeM the altitude WORD in metres
     * @param speedTenths the speed WORD in 0.1 km/h
     * @param direction the direction WORD in degrees from north
     * @param time the BCD time
     * @param additionalItems the additional-information bytes (TLV items), copied
     */
    public static LocationReport fromWire(int alarmBits, int statusBits, int latitudeMicro, int longitudeMicro,
            int altitudeM, int speedTenths, int direction, BcdTime time, byte[] additionalItems) {
        Bits.checkWord("altitude", altitudeM);
        Bits.checkWord("speed", speedTenths);
        Bits.checkWord("direction", direction);
        return new LocationReport(alarmBits, statusBits, latitudeMicro, longitudeMicro, altitudeM, speedTenths,
                direction, time.packed(), additionalItems.clone());
    }

    /** A builder for a report a program makes (a terminal simulator, a test). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a report that fills the rest of {@code in}: the 28 fixed bytes and the additional items.
     * In strict mode a length that runs past the end of the body is an error; otherwise those bytes are
     * kept as a {@link AdditionalItem.TrailingBytes}.
     */
    public static LocationReport read(BodyReader in) {
        return read(in, true);
    }

    /** Reads the 28 fixed bytes only (the location inside 0x0801 and 0x0802 has no items). */
    public static LocationReport readBase(BodyReader in) {
        return read(in, false);
    }

    private static LocationReport read(BodyReader in, boolean withItems) {
        in.require("location", BASE_LENGTH);
        int alarm = in.i32("alarm");
        int status = in.i32("status");
        int lat = in.i32("latitude");
        int lon = in.i32("longitude");
        int alt = in.u16("altitude");
        int speed = in.u16("speed");
        int dir = in.u16("direction");
        long time = in.bcdPacked("time", 6);
        byte[] items = NO_ITEMS;
        if (withItems && in.hasRemaining()) {
            int start = in.position();
            items = in.rest();
            int end = AdditionalItemRegistry.wellFormedEnd(items);
            if (in.strict() && end != items.length) {
                throw in.invalid("additional items", "item length runs past the end of the body", start + end,
                        start + items.length);
            }
        }
        return new LocationReport(alarm, status, lat, lon, alt, speed, dir, time, items);
    }

    /** Writes the 28 fixed bytes and the items. */
    public void write(BodyWriter out) {
        writeBase(out);
        out.bytes(items);
    }

    /** Writes the 28 fixed bytes only. */
    public void writeBase(BodyWriter out) {
        out.i32(alarmBits).i32(statusBits).i32(latitudeMicro).i32(longitudeMicro);
        out.u16("altitude", altitudeM).u16("speed", speedTenths).u16("direction", direction);
        out.bcd("time", Long.toHexString(timeBcd), 6);
    }

    private LocationReport withItemBytes(byte[] itemBytes) {
        return new LocationReport(alarmBits, statusBits, latitudeMicro, longitudeMicro, altitudeM, speedTenths,
                direction, timeBcd, itemBytes);
    }

    /** A copy with other additional items. */
    public LocationReport withItems(List<AdditionalItem> items) {
        return withItemBytes(AdditionalItemRegistry.encode(items));
    }

    /** A copy without additional items (the form inside 0x0801 and 0x0802). */
    public LocationReport withoutItems() {
        return withItemBytes(NO_ITEMS);
    }

    @Override
    public int messageId() {
        return MessageId.LOCATION_REPORT.code();
    }

    /** The alarm DWORD. */
    public int alarmBits() {
        return alarmBits;
    }

    /** The alarms set. */
    public Set<Alarm> alarms() {
        return Alarm.fromBits(alarmBits);
    }

    /** True when {@code alarm} is set. */
    public boolean has(Alarm alarm) {
        return (alarmBits & alarm.mask()) != 0;
    }

    /** The status DWORD. */
    public int statusBits() {
        return statusBits;
    }

    /** The status flags set. */
    public Set<StatusFlag> status() {
        return StatusFlag.fromBits(statusBits);
    }

    /** True when {@code flag} is set. */
    public boolean has(StatusFlag flag) {
        return (statusBits & flag.mask()) != 0;
    }

    /** ACC (ignition) on. */
    public boolean isAccOn() {
        return has(StatusFlag.ACC_ON);
    }

    /** The position is a fix (定位). */
    public boolean isPositioned() {
        return has(StatusFlag.POSITIONED);
    }

    /** Load status, status bits 8–9: 0 empty, 1 half, 2 reserved, 3 full. */
    public int loadStatus() {
        return (statusBits >>> 8) & 0x3;
    }

    /** Latitude in signed degrees: negative when the south flag is set. */
    public double latitude() {
        return (has(StatusFlag.SOUTH_LATITUDE) ? -latitudeMicro : latitudeMicro) / 1e6;
    }

    /** Longitude in signed degrees: negative when the west flag is set. */
    public double longitude() {
        return (has(StatusFlag.WEST_LONGITUDE) ? -longitudeMicro : longitudeMicro) / 1e6;
    }

    /** The latitude DWORD as sent (1e-6 degrees, unsigned on the wire, read as a Java int). */
    public int latitudeMicro() {
        return latitudeMicro;
    }

    /** The longitude DWORD as sent. */
    public int longitudeMicro() {
        return longitudeMicro;
    }

    /** Altitude in metres. */
    public int altitudeM() {
        return altitudeM;
    }

    /** Speed in km/h. */
    public double speedKmh() {
        return speedTenths / 10.0;
    }

    /** The speed WORD as sent (0.1 km/h). */
    public int speedTenths() {
        return speedTenths;
    }

    /** Direction in degrees clockwise from north, 0–359. */
    public int direction() {
        return direction;
    }

    /** The time, when the BCD digits form one (terminals without a fix may send zeros). */
    public Optional<Instant> time() {
        long s = BcdTime.epochSecondOf(timeBcd);
        return s == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(s));
    }

    /** The time as sent. */
    public BcdTime bcdTime() {
        return BcdTime.fromPacked(timeBcd);
    }

    /** The additional items, typed where the standard defines them. */
    public List<AdditionalItem> items() {
        return AdditionalItemRegistry.parse(items);
    }

    /** The first additional item with id {@code id}. */
    public Optional<AdditionalItem> item(int id) {
        return items().stream().filter(i -> i.id() == id).findFirst();
    }

    /** The first additional item of type {@code type}. */
    public <T extends AdditionalItem> Optional<T> item(Class<T> type) {
        return items().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** A copy of the additional-information bytes. */
    public byte[] itemBytes() {
        return items.clone();
    }

    /** The number of additional-information bytes. */
    public int itemBytesLength() {
        return items.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocationReport r && r.alarmBits == alarmBits && r.statusBits == statusBits
                && r.latitudeMicro == latitudeMicro && r.longitudeMicro == longitudeMicro
                && r.altitudeM == altitudeM && r.speedTenths == speedTenths && r.direction == direction
                && r.timeBcd == timeBcd && Arrays.equals(r.items, items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(alarmBits, statusBits, latitudeMicro, longitudeMicro, altitudeM, speedTenths, direction,
                timeBcd, Arrays.hashCode(items));
    }

    /** For example {@code LocationReport[40.973912, 117.939434 320 m 65.2 km/h 87° 250106092130 alarms=[] items=12]}. */
    @Override
    public String toString() {
        return "LocationReport[" + latitude() + ", " + longitude() + " " + altitudeM + " m " + speedKmh() + " km/h "
                + direction + "° " + bcdTime() + " alarms=" + alarms() + " status=" + status() + " items="
                + items() + "]";
    }

    /** Builds a report from units: degrees, km/h, metres, an instant. */
    public static final class Builder {
        private int alarmBits;
        private int statusBits;
        private int latitudeMicro;
        private int longitudeMicro;
        private int altitudeM;
        private int speedTenths;
        private int direction;
        private BcdTime time = BcdTime.parse("000000000000");
        private List<AdditionalItem> items = List.of();

        private Builder() {
        }

        /** Sets the alarms. */
        public Builder alarms(Set<Alarm> alarms) {
            this.alarmBits = Alarm.toBits(alarms);
            return this;
        }

        /** Sets the alarm DWORD. */
        public Builder alarmBits(int bits) {
            this.alarmBits = bits;
            return this;
        }

        /** Sets the status flags other than south and west, which {@link #position} sets. */
        public Builder status(Set<StatusFlag> flags) {
            int signs = statusBits & (StatusFlag.SOUTH_LATITUDE.mask() | StatusFlag.WEST_LONGITUDE.mask());
            int others = StatusFlag.toBits(flags) & ~(StatusFlag.SOUTH_LATITUDE.mask() | StatusFlag.WEST_LONGITUDE.mask());
            this.statusBits = signs | others;
            return this;
        }

        /** Sets the status DWORD as it is (south and west included). */
        public Builder statusBits(int bits) {
            this.statusBits = bits;
            return this;
        }

        /** Sets the position in signed degrees, rounded to 1e-6; sets the south and west flags. */
        public Builder position(double latitude, double longitude) {
            if (!(latitude >= -90 && latitude <= 90)) {
                throw new IllegalArgumentException("latitude out of range [-90, 90]: " + latitude);
            }
            if (!(longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("longitude out of range [-180, 180]: " + longitude);
            }
            latitudeMicro = (int) Math.round(Math.abs(latitude) * 1e6);
            longitudeMicro = (int) Math.round(Math.abs(longitude) * 1e6);
            statusBits = setBit(statusBits, StatusFlag.SOUTH_LATITUDE, latitude < 0);
            statusBits = setBit(statusBits, StatusFlag.WEST_LONGITUDE, longitude < 0);
            return this;
        }

        /** Sets the altitude in metres, [0, 65535]. */
        public Builder altitudeM(int metres) {
            this.altitudeM = Bits.checkWord("altitude", metres);
            return this;
        }

        /** Sets the speed in km/h, rounded to 0.1, [0, 6553.5]. */
        public Builder speedKmh(double kmh) {
            if (!(kmh >= 0 && kmh <= 6553.5)) {
                throw new IllegalArgumentException("speed out of range [0, 6553.5] km/h: " + kmh);
            }
            this.speedTenths = (int) Math.round(kmh * 10);
            return this;
        }

        /** Sets the direction in degrees from north, [0, 359]. */
        public Builder direction(int degrees) {
            this.direction = Bits.checkRange("direction", degrees, 0, 359);
            return this;
        }

        /** Sets the time (seconds kept, sent in GMT+8). */
        public Builder time(Instant time) {
            this.time = BcdTime.of(time);
            return this;
        }

        /** Sets the time as BCD digits. */
        public Builder time(BcdTime time) {
            this.time = Objects.requireNonNull(time, "time");
            return this;
        }

        /** Sets the additional items. */
        public Builder items(List<AdditionalItem> items) {
            this.items = List.copyOf(items);
            return this;
        }

        /** The report. */
        public LocationReport build() {
            return new LocationReport(alarmBits, statusBits, latitudeMicro, longitudeMicro, altitudeM, speedTenths,
                    direction, time.packed(), AdditionalItemRegistry.encode(items));
        }

        private static int setBit(int bits, StatusFlag flag, boolean on) {
            return on ? bits | flag.mask() : bits & ~flag.mask();
        }
    }
}
