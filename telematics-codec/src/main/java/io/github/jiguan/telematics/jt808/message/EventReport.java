package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;

/**
 * 0x0301 事件报告 (event report, 2013).
 *
 * @param eventId the event id
 */
public record EventReport(int eventId) implements TerminalMessage {

    /** Checks the values. */
    public EventReport {
        Bits.checkByte("eventId", eventId);
    }

    @Override
    public int messageId() {
        return MessageId.EVENT_REPORT.code();
    }
}
