package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x8701 行驶记录参数下传命令 (driving recorder parameters).
 *
 * @param command the GB/T 19056 command word
 * @param data the data block
 */
public record DrivingRecorderParameters(int command, Octets data) implements PlatformMessage {

    /** Checks the values. */
    public DrivingRecorderParameters {
        Bits.checkByte("command", command);
        Objects.requireNonNull(data, "data");
    }

    @Override
    public int messageId() {
        return MessageId.DRIVING_RECORDER_PARAMETERS.code();
    }
}
