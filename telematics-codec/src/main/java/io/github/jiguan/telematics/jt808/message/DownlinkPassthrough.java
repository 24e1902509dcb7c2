package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x8900 数据下行透传 (downlink transparent data).
 *
 * @param type 0x00 GNSS detail, 0x0B IC card, 0x41/0x42 serial ports, 0xF0–0xFF user-defined
 * @param content the data
 */
public record DownlinkPassthrough(int type, Octets content) implements PlatformMessage {

    /** Checks the values. */
    public DownlinkPassthrough {
        Bits.checkByte("type", type);
        Objects.requireNonNull(content, "content");
    }

    @Override
    public int messageId() {
        return MessageId.DOWNLINK_PASSTHROUGH.code();
    }
}
