package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 0x0200 位置信息汇报 (location report, JT/T 808-2013 §8.18): alarm and status flags, position,
 * altitude, speed, direction, time and additional items. Also the location inside 0x0201, 0x0500,
 * 0x0704, 0x0801 and 0x0802 (the last two without items).
 *
 * <p>The components are the wire values, as a terminal sent them; the accessors {@link #latitude()},
 * {@link #longitude()}, {@link #speedKmh()} and {@link #time()} give units (signed degrees, south and
 * west from the status flags, km/h, an {@link Instant}). The additional items are typed where the
 * standard defines them; an item that would not re-encode to its bytes (a vendor item, an odd length, a
 * non-canonical value) is a {@link AdditionalItem.RawItem}, and bytes after the last complete item a
 * {@link AdditionalItem.TrailingBytes}, so that every report re-encodes to the bytes it came from. The
 * codec reads and writes the report; this record only holds it.
 *
 * @param alarmBits the alarm DWORD
 * @param statusBits the status DWORD (bits 2 and 3 give the signs of the coordinates)
 * @param latitudeMicro the latitude DWORD in 1e-6 degrees (unsigned on the wire, read as a Java int)
 * @param longitudeMicro the longitude DWORD in 1e-6 degrees
 * @param altitudeM the altitude WORD in metres
 * @param speedTenths the speed WORD in 0.1 km/h
 * @param direction the direction WORD in degrees from north (a terminal may send any WORD)
 * @param bcdTime the BCD time as sent (GMT+8)
 * @param items the additional items, in wire order
 */
public record LocationReport(int alarmBits, int statusBits, int latitudeMicro, int longitudeMicro, int altitudeM,
        int speedTenths, int direction, BcdTime bcdTime, List<AdditionalItem> items) implements TerminalMessage {

    /** Bytes of the fixed part: alarm, status, latitude, longitude, altitude, speed, direction, time. */
    public static final int BASE_LENGTH = 28;

    /** Checks the ranges and copies the items (free for a list that is already immutable). */
    public LocationReport {
        Bits.checkWord("altitude", altitudeM);
        Bits.checkWord("speed", speedTenths);
        Bits.checkWord("direction", direction);
        Objects.requireNonNull(bcdTime, "bcdTime");
        items = List.copyOf(items);
    }

    /** A report from wire values, as a terminal sent them; the same as the canonical constructor. */
    public static LocationReport fromWire(int alarmBits, int statusBits, int latitudeMicro, int longitudeMicro,
            int altitudeM, int speedTenths, int direction, BcdTime time, List<AdditionalItem> items) {
        return new LocationReport(alarmBits, statusBits, latitudeMicro, longitudeMicro, altitudeM, speedTenths,
                direction, time, items);
    }

    /** A builder for a report a program makes (a terminal simulator, a test). */
    public static Builder builder() {
        return new Builder();
    }

    /** A copy with other additional items. */
    public LocationReport withItems(List<AdditionalItem> items) {
        return new LocationReport(alarmBits, statusBits, latitudeMicro, longitudeMicro, altitudeM, speedTenths,
                direction, bcdTime, items);
    }

    /** A copy without additional items (the form inside 0x0801 and 0x0802). */
    public LocationReport withoutItems() {
        return withItems(List.of());
    }

    @Override
    public int messageId() {
        return MessageId.LOCATION_REPORT.code();
    }

    /** The alarms set. */
    public Set<Alarm> alarms() {
        return Alarm.fromBits(alarmBits);
    }

    /** True when {@code alarm} is set. */
    public boolean has(Alarm alarm) {
        return (alarmBits & alarm.mask()) != 0;
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

    /** Speed in km/h. */
    public double speedKmh() {
        return speedTenths / 10.0;
    }

    /** The time, when the BCD digits form one (terminals without a fix may send zeros). */
    public Optional<Instant> time() {
        long s = BcdTime.epochSecondOf(bcdTime.packed());
        return s == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(s));
    }

    /** The first additional item with id {@code id}. */
    public Optional<AdditionalItem> item(int id) {
        for (AdditionalItem i : items) {
            if (i.id() == id) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The first additional item of type {@code type}. */
    public <T extends AdditionalItem> Optional<T> item(Class<T> type) {
        for (AdditionalItem i : items) {
            if (type.isInstance(i)) {
                return Optional.of(type.cast(i));
            }
        }
        return Optional.empty();
    }

    /** For example {@code LocationReport[40.973912, 117.939434 320 m 65.2 km/h 87° 250106092130 alarms=[] items=12]}. */
    @Override
    public String toString() {
        return "LocationReport[" + latitude() + ", " + longitude() + " " + altitudeM + " m " + speedKmh() + " km/h "
                + direction + "° " + bcdTime + " alarms=" + alarms() + " status=" + status() + " items="
                + items + "]";
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
                    direction, time, items);
        }

        private static int setBit(int bits, StatusFlag flag, boolean on) {
            return on ? bits | flag.mask() : bits & ~flag.mask();
        }
    }
}
