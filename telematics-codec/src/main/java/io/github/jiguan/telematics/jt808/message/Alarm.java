package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.BitFlags;
import java.util.Set;

/**
 * The alarm flags of a location report (报警标志位, JT/T 808-2013 Table 24, 2019 Table 25), one
 * constant per bit. Bits 15–17 are reserved in 2013 and defined in 2019; bits 30–31 are defined in
 * 2013 and reserved in 2019; a decoder reports them all, the meaning follows the edition.
 */
public enum Alarm {
    /** Bit 0: 紧急报警, 触动报警开关后触发 (emergency button). */
    EMERGENCY(0),
    /** Bit 1: 超速报警 (over-speed). */
    OVERSPEED(1),
    /** Bit 2: 疲劳驾驶 (fatigue driving; 2019: 疲劳驾驶报警). */
    FATIGUE_DRIVING(2),
    /** Bit 3: 危险预警 (2013) / 危险驾驶行为报警 (2019). */
    DANGER_WARNING(3),
    /** Bit 4: GNSS 模块发生故障. */
    GNSS_MODULE_FAULT(4),
    /** Bit 5: GNSS 天线未接或被剪断. */
    GNSS_ANTENNA_DISCONNECTED(5),
    /** Bit 6: GNSS 天线短路. */
    GNSS_ANTENNA_SHORT_CIRCUIT(6),
    /** Bit 7: 终端主电源欠压. */
    MAIN_POWER_UNDERVOLTAGE(7),
    /** Bit 8: 终端主电源掉电. */
    MAIN_POWER_OFF(8),
    /** Bit 9: 终端 LCD 或显示器故障. */
    DISPLAY_FAULT(9),
    /** Bit 10: TTS 模块故障. */
    TTS_FAULT(10),
    /** Bit 11: 摄像头故障. */
    CAMERA_FAULT(11),
    /** Bit 12: 道路运输证 IC 卡模块故障. */
    IC_CARD_MODULE_FAULT(12),
    /** Bit 13: 超速预警. */
    OVERSPEED_WARNING(13),
    /** Bit 14: 疲劳驾驶预警. */
    FATIGUE_DRIVING_WARNING(14),
    /** Bit 15: 违规行驶报警 (2019; reserved in 2013). */
    VIOLATION_DRIVING(15),
    /** Bit 16: 胎压预警 (2019; reserved in 2013). */
    TIRE_PRESSURE_WARNING(16),
    /** Bit 17: 右转盲区异常报警 (2019; reserved in 2013). */
    RIGHT_TURN_BLIND_SPOT(17),
    /** Bit 18: 当天累计驾驶超时. */
    DAILY_DRIVING_OVERTIME(18),
    /** Bit 19: 超时停车. */
    PARKING_OVERTIME(19),
    /** Bit 20: 进出区域. */
    AREA_IN_OUT(20),
    /** Bit 21: 进出路线. */
    ROUTE_IN_OUT(21),
    /** Bit 22: 路段行驶时间不足/过长. */
    ROUTE_DRIVING_TIME(22),
    /** Bit 23: 路线偏离报警. */
    ROUTE_DEVIATION(23),
    /** Bit 24: 车辆 VSS 故障. */
    VSS_FAULT(24),
    /** Bit 25: 车辆油量异常. */
    FUEL_ABNORMAL(25),
    /** Bit 26: 车辆被盗 (通过车辆防盗器). */
    VEHICLE_STOLEN(26),
    /** Bit 27: 车辆非法点火. */
    ILLEGAL_IGNITION(27),
    /** Bit 28: 车辆非法位移. */
    ILLEGAL_DISPLACEMENT(28),
    /** Bit 29: 碰撞预警 (2013) / 碰撞侧翻报警 (2019). */
    COLLISION(29),
    /** Bit 30: 侧翻预警 (2013; reserved in 2019). */
    ROLLOVER(30),
    /** Bit 31: 非法开门报警 (2013, 终端未设置区域时不判断非法开门; reserved in 2019). */
    ILLEGAL_DOOR_OPEN(31);

    private final int bit;

    Alarm(int bit) {
        this.bit = bit;
    }

    /** The bit number in the alarm DWORD. */
    public int bit() {
        return bit;
    }

    /** The mask of this alarm in the alarm DWORD. */
    public int mask() {
        return 1 << bit;
    }

    /** The alarms set in {@code bits}. */
    public static Set<Alarm> fromBits(int bits) {
        return BitFlags.fromBits(Alarm.class, Alarm::bit, bits);
    }

    /** The alarm DWORD with {@code alarms} set. */
    public static int toBits(Set<Alarm> alarms) {
        return BitFlags.toBits(alarms, Alarm::bit);
    }
}
