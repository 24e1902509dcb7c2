package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x0700 行驶记录数据上传 (driving recorder data): the GB/T 19056 answer.
 *
 * @param responseSerial the serial of the 0x8700 answered
 * @param command the GB/T 19056 command word
 * @param data the data block
 */
public record DrivingRecorderUpload(int responseSerial, int command, Octets data) implements TerminalMessage {

    /** Checks the values. */
    public DrivingRecorderUpload {
        Bits.checkWord("responseSerial", responseSerial);
        Bits.checkByte("command", command);
        Objects.requireNonNull(data, "data");
    }

    @Override
    public int messageId() {
        return MessageId.DRIVING_RECORDER_UPLOAD.code();
    }
}
