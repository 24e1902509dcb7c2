package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One additional item (位置附加信息项) of a location report: an id, a length and a value. The
 * standard items of JT/T 808-2013 Table 27 and 2019 Table 27 are typed records; an unknown or vendor
 * item is a {@link RawItem} and re-encodes to the same bytes, and so is a standard id whose length
 * does not fit its type. Bytes after the last complete item are a {@link TrailingBytes}.
 */
public sealed interface AdditionalItem {

    /** The item id (0x01–0xFF); -1 for {@link TrailingBytes}. */
    int id();

    /**
     * 0x01 里程 (odometer reading), DWORD in 1/10 km.
     *
     * @param km the mileage in km, a multiple of 0.1
     */
    record Mileage(double km) implements AdditionalItem {
        /** Checks the range. */
        public Mileage {
            Bits.checkDword("mileage (1/10 km)", Math.round(km * 10));
        }

        @Override
        public int id() {
            return 0x01;
        }
    }

    /**
     * 0x02 油量 (fuel gauge reading), WORD in 1/10 L.
     *
     * @param litres the fuel in litres, a multiple of 0.1
     */
    record Fuel(double litres) implements AdditionalItem {
        /** Checks the range. */
        public Fuel {
            Bits.checkWord("fuel (1/10 L)", (int) Math.min(Integer.MAX_VALUE, Math.round(litres * 10)));
        }

        @Override
        public int id() {
            return 0x02;
        }
    }

    /**
     * 0x03 行驶记录功能获取的速度 (speed from the driving recorder), WORD in 1/10 km/h.
     *
     * @param kmh the speed in km/h
     */
    record RecorderSpeed(double kmh) implements AdditionalItem {
        /** Checks the range. */
        public RecorderSpeed {
            Bits.checkWord("recorder speed (1/10 km/h)", (int) Math.min(Integer.MAX_VALUE, Math.round(kmh * 10)));
        }

        @Override
        public int id() {
            return 0x03;
        }
    }

    /**
     * 0x04 需要人工确认报警事件的 ID (id of an alarm event awaiting manual confirmation), WORD from 1.
     *
     * @param eventId the event id
     */
    record AlarmEventId(int eventId) implements AdditionalItem {
        /** Checks the range. */
        public AlarmEventId {
            Bits.checkWord("alarm event id", eventId);
        }

        @Override
        public int id() {
            return 0x04;
        }
    }

    /**
     * 0x05 胎压 (tyre pressures, 2019), BYTE[30]: one byte per wheel from the front, left to right;
     * 0xFF fills the bytes of absent wheels.
     *
     * @param pressures the 30 bytes
     */
    record TirePressure(Octets pressures) implements AdditionalItem {
        /** Checks the length. */
        public TirePressure {
            if (pressures.length() != 30) {
                throw new IllegalArgumentException("tyre pressure must have 30 bytes: " + pressures.length());
            }
        }

        /** The pressures of the wheels present (bytes other than 0xFF), in order. */
        public List<Integer> wheels() {
            java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
            for (int i = 0; i < pressures.length(); i++) {
                if (pressures.get(i) != 0xff) {
                    out.add(pressures.get(i));
                }
            }
            return List.copyOf(out);
        }

        @Override
        public int id() {
            return 0x05;
        }
    }

    /**
     * 0x06 车厢温度 (cabin temperature, 2019), WORD in °C, sign and magnitude (the top bit set means
     * negative), range [-32767, 32767].
     *
     * @param celsius the temperature
     */
    record CabinTemperature(int celsius) implements AdditionalItem {
        /** Checks the range. */
        public CabinTemperature {
            Bits.checkRange("cabin temperature", celsius, -32767, 32767);
        }

        @Override
        public int id() {
            return 0x06;
        }
    }

    /**
     * 0x11 超速报警附加信息 (over-speed alarm detail, 2013 Table 28): location type 0 none, 1 circle,
     * 2 rectangle, 3 polygon, 4 route segment; the area or segment id is present unless the type is 0.
     *
     * @param locationType the location type
     * @param areaId the area or route segment id (0 when the type is 0)
     */
    record OverspeedAlarm(int locationType, long areaId) implements AdditionalItem {
        /** Checks the ranges. */
        public OverspeedAlarm {
            Bits.checkByte("location type", locationType);
            Bits.checkDword("area id", areaId);
            if (locationType == 0 && areaId != 0) {
                throw new IllegalArgumentException("area id must be 0 when the location type is 0: " + areaId);
            }
        }

        @Override
        public int id() {
            return 0x11;
        }
    }

    /**
     * 0x12 进出区域/路线报警附加信息 (area or route entry/exit alarm detail, 2013 Table 29).
     *
     * @param locationType 1 circle, 2 rectangle, 3 polygon, 4 route
     * @param areaId the area or route id
     * @param direction 0 entering, 1 leaving
     */
    record AreaRouteAlarm(int locationType, long areaId, int direction) implements AdditionalItem {
        /** Checks the ranges. */
        public AreaRouteAlarm {
            Bits.checkByte("location type", locationType);
            Bits.checkDword("area id", areaId);
            Bits.checkByte("direction", direction);
        }

        /** True when the vehicle left the area or route. */
        public boolean isLeaving() {
            return direction == 1;
        }

        @Override
        public int id() {
            return 0x12;
        }
    }

    /**
     * 0x13 路段行驶时间不足/过长报警附加信息 (route segment driving time alarm detail, 2013 Table 30).
     *
     * @param routeSegmentId the segment id
     * @param drivingSeconds the driving time on the segment, in seconds
     * @param result 0 too short, 1 too long
     */
    record RouteDrivingTimeAlarm(long routeSegmentId, int drivingSeconds, int result) implements AdditionalItem {
        /** Checks the ranges. */
        public RouteDrivingTimeAlarm {
            Bits.checkDword("route segment id", routeSegmentId);
            Bits.checkWord("driving time", drivingSeconds);
            Bits.checkByte("result", result);
        }

        @Override
        public int id() {
            return 0x13;
        }
    }

    /**
     * 0x25 扩展车辆信号状态位 (extended vehicle signals), DWORD of bits.
     *
     * @param bits the signal bits
     */
    record ExtendedSignals(int bits) implements AdditionalItem {
        /** The signals set. */
        public Set<VehicleSignal> signals() {
            return VehicleSignal.fromBits(bits);
        }

        @Override
        public int id() {
            return 0x25;
        }
    }

    /**
     * 0x2A IO 状态位 (IO status), WORD: bit 0 deep sleep, bit 1 sleep, others reserved.
     *
     * @param bits the status bits
     */
    record IoStatus(int bits) implements AdditionalItem {
        /** Checks the range. */
        public IoStatus {
            Bits.checkWord("io status", bits);
        }

        /** Bit 0: 深度休眠状态. */
        public boolean deepSleep() {
            return (bits & 1) != 0;
        }

        /** Bit 1: 休眠状态. */
        public boolean sleep() {
            return (bits & 2) != 0;
        }

        @Override
        public int id() {
            return 0x2A;
        }
    }

    /**
     * 0x2B 模拟量 (analog inputs), DWORD: bits 0–15 AD0, bits 16–31 AD1.
     *
     * @param ad0 analog input 0
     * @param ad1 analog input 1
     */
    record AnalogInputs(int ad0, int ad1) implements AdditionalItem {
        /** Checks the ranges. */
        public AnalogInputs {
            Bits.checkWord("ad0", ad0);
            Bits.checkWord("ad1", ad1);
        }

        @Override
        public int id() {
            return 0x2B;
        }
    }

    /**
     * 0x30 无线通信网络信号强度 (wireless signal strength), BYTE.
     *
     * @param value the strength as the terminal reports it
     */
    record SignalStrength(int value) implements AdditionalItem {
        /** Checks the range. */
        public SignalStrength {
            Bits.checkByte("signal strength", value);
        }

        @Override
        public int id() {
            return 0x30;
        }
    }

    /**
     * 0x31 GNSS 定位卫星数 (satellites in use), BYTE.
     *
     * @param count the number of satellites
     */
    record SatelliteCount(int count) implements AdditionalItem {
        /** Checks the range. */
        public SatelliteCount {
            Bits.checkByte("satellite count", count);
        }

        @Override
        public int id() {
            return 0x31;
        }
    }

    /**
     * An item kept as bytes: a vendor item (0xE0–0xFF and others outside the standard) or a standard id
     * whose length does not fit its type.
     *
     * @param id the item id
     * @param value the value bytes (at most 255)
     */
    record RawItem(int id, Octets value) implements AdditionalItem {
        /** Checks the ranges. */
        public RawItem {
            Bits.checkByte("item id", id);
            Objects.requireNonNull(value, "value");
            Bits.checkByte("item length", value.length());
        }
    }

    /**
     * Bytes after the last complete item that do not form an item (a length running past the end of
     * the body). Kept so that the report re-encodes to the same bytes.
     *
     * @param bytes the bytes
     */
    record TrailingBytes(Octets bytes) implements AdditionalItem {
        /** Checks the value. */
        public TrailingBytes {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public int id() {
            return -1;
        }
    }
}
