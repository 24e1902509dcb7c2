package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x0900 数据上行透传 (uplink transparent data).
 *
 * @param type 0x00 GNSS detail, 0x0B IC card, 0x41/0x42 serial ports, 0xF0–0xFF user-defined
 * @param content the data
 */
public record UplinkPassthrough(int type, Octets content) implements TerminalMessage {

    /** Checks the values. */
    public UplinkPassthrough {
        Bits.checkByte("type", type);
        Objects.requireNonNull(content, "content");
    }

    @Override
    public int messageId() {
        return MessageId.UPLINK_PASSTHROUGH.code();
    }
}
