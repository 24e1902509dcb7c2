package io.github.jiguan.telematics.jt808.message;

import java.util.Objects;

/**
 * 0x0701 电子运单上报 (electronic waybill): DWORD length and content.
 *
 * @param waybill the waybill content
 */
public record WaybillReport(Octets waybill) implements TerminalMessage {

    /** Checks the values. */
    public WaybillReport {
        Objects.requireNonNull(waybill, "waybill");
    }

    @Override
    public int messageId() {
        return MessageId.WAYBILL_REPORT.code();
    }
}
