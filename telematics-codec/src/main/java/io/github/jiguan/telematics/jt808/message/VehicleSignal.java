package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.BitFlags;
import java.util.Set;

/**
 * The extended vehicle signal bits of additional item 0x25 (扩展车辆信号状态位, JT/T 808-2013
 * Table 28, 2019 Table 31). Bits 15–31 are reserved.
 */
public enum VehicleSignal {
    /** Bit 0: 近光灯信号. */
    LOW_BEAM(0),
    /** Bit 1: 远光灯信号. */
    HIGH_BEAM(1),
    /** Bit 2: 右转向灯信号. */
    RIGHT_TURN(2),
    /** Bit 3: 左转向灯信号. */
    LEFT_TURN(3),
    /** Bit 4: 制动信号. */
    BRAKE(4),
    /** Bit 5: 倒档信号. */
    REVERSE(5),
    /** Bit 6: 雾灯信号. */
    FOG_LAMP(6),
    /** Bit 7: 示廓灯. */
    CLEARANCE_LAMP(7),
    /** Bit 8: 喇叭信号. */
    HORN(8),
    /** Bit 9: 空调状态. */
    AIR_CONDITIONER(9),
    /** Bit 10: 空挡信号. */
    NEUTRAL(10),
    /** Bit 11: 缓速器工作. */
    RETARDER(11),
    /** Bit 12: ABS 工作. */
    ABS(12),
    /** Bit 13: 加热器工作. */
    HEATER(13),
    /** Bit 14: 离合器状态. */
    CLUTCH(14);

    private final int bit;

    VehicleSignal(int bit) {
        this.bit = bit;
    }

    /** The bit number. */
    public int bit() {
        return bit;
    }

    /** The signals set in {@code bits}. */
    public static Set<VehicleSignal> fromBits(int bits) {
        return BitFlags.fromBits(VehicleSignal.class, VehicleSignal::bit, bits);
    }
}
