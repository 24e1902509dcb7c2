package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x8700 行驶记录数据采集命令 (driving recorder data query): a GB/T 19056 command word and its data block.
 *
 * @param command the GB/T 19056 command word
 * @param data the data block
 */
public record DrivingRecorderQuery(int command, Octets data) implements PlatformMessage {

    /** Checks the values. */
    public DrivingRecorderQuery {
        Bits.checkByte("command", command);
        Objects.requireNonNull(data, "data");
    }

    @Override
    public int messageId() {
        return MessageId.DRIVING_RECORDER_QUERY.code();
    }
}
