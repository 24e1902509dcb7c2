package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.jt808.MessageId;
import java.util.Objects;

/**
 * 0x0901 数据压缩上报 (compressed data, GZIP): DWORD length and data.
 *
 * @param data the compressed data
 */
public record CompressedUpload(Octets data) implements TerminalMessage {

    /** Checks the values. */
    public CompressedUpload {
        Objects.requireNonNull(data, "data");
    }

    @Override
    public int messageId() {
        return MessageId.COMPRESSED_UPLOAD.code();
    }
}
