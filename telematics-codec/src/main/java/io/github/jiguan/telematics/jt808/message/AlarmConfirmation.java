package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;

/**
 * 0x8203 人工确认报警消息 (manual alarm confirmation).
 *
 * @param alarmSerial the serial of the alarm message to confirm; 0 for all
 * @param alarmTypes the alarm bits confirmed (bits 0, 3, 20, 21, 22, 27, 28)
 */
public record AlarmConfirmation(int alarmSerial, int alarmTypes) implements PlatformMessage {

    /** Checks the values. */
    public AlarmConfirmation {
        Bits.checkWord("alarmSerial", alarmSerial);
    }

    @Override
    public int messageId() {
        return MessageId.ALARM_CONFIRMATION.code();
    }

    /** The alarms confirmed. */
    public java.util.Set<Alarm> alarms() {
        return Alarm.fromBits(alarmTypes);
    }
}
