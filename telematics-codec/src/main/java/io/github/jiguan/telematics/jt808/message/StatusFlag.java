package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.BitFlags;
import java.util.Set;

/**
 * The status flags of a location report (状态位, JT/T 808-2013 Table 25, 2019 Table 26), one
 * constant per bit. Bits 23–31 are reserved. South and west decide the sign of the coordinates.
 */
public enum StatusFlag {
    /** Bit 0: ACC 开 (ignition on); clear: ACC 关. */
    ACC_ON(0),
    /** Bit 1: 定位 (the position is a fix); clear: 未定位. */
    POSITIONED(1),
    /** Bit 2: 南纬; clear: 北纬. */
    SOUTH_LATITUDE(2),
    /** Bit 3: 西经; clear: 东经. */
    WEST_LONGITUDE(3),
    /** Bit 4: 停运状态; clear: 运营状态. */
    OUT_OF_SERVICE(4),
    /** Bit 5: 经纬度已经保密插件加密. */
    COORDINATES_ENCRYPTED(5),
    /** Bit 6: 紧急刹车系统采集的前撞预警 (2019; reserved in 2013). */
    EMERGENCY_BRAKE_SYSTEM_WARNING(6),
    /** Bit 7: 车道偏移预警 (2019; reserved in 2013). */
    LANE_DEPARTURE_WARNING(7),
    /** Bit 8: 载重状态低位 (bits 8–9: 00 空车, 01 半载, 10 保留, 11 满载); see LocationReport.loadStatus(). */
    LOAD_BIT_8(8),
    /** Bit 9: 载重状态高位; see LocationReport.loadStatus(). */
    LOAD_BIT_9(9),
    /** Bit 10: 车辆油路断开. */
    FUEL_CIRCUIT_CUT(10),
    /** Bit 11: 车辆电路断开. */
    ELECTRIC_CIRCUIT_CUT(11),
    /** Bit 12: 车门加锁. */
    DOOR_LOCKED(12),
    /** Bit 13: 门 1 开 (前门). */
    DOOR_1_OPEN(13),
    /** Bit 14: 门 2 开 (中门). */
    DOOR_2_OPEN(14),
    /** Bit 15: 门 3 开 (后门). */
    DOOR_3_OPEN(15),
    /** Bit 16: 门 4 开 (驾驶席门). */
    DOOR_4_OPEN(16),
    /** Bit 17: 门 5 开 (自定义). */
    DOOR_5_OPEN(17),
    /** Bit 18: 使用 GPS 卫星进行定位. */
    GPS_USED(18),
    /** Bit 19: 使用北斗卫星进行定位. */
    BEIDOU_USED(19),
    /** Bit 20: 使用 GLONASS 卫星进行定位. */
    GLONASS_USED(20),
    /** Bit 21: 使用 Galileo 卫星进行定位. */
    GALILEO_USED(21),
    /** Bit 22: 车辆处于行驶状态 (2019; reserved in 2013). */
    MOVING(22);

    private final int bit;

    StatusFlag(int bit) {
        this.bit = bit;
    }

    /** The bit number in the status DWORD. */
    public int bit() {
        return bit;
    }

    /** The mask of this flag in the status DWORD. */
    public int mask() {
        return 1 << bit;
    }

    /** The flags set in {@code bits}. */
    public static Set<StatusFlag> fromBits(int bits) {
        return BitFlags.fromBits(StatusFlag.class, StatusFlag::bit, bits);
    }

    /** The status DWORD with {@code flags} set. */
    public static int toBits(Set<StatusFlag> flags) {
        return BitFlags.toBits(flags, StatusFlag::bit);
    }
}
