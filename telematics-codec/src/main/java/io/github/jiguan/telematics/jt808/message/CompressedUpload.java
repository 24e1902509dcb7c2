package io.github.jiguan.telematics.jt808.message;

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

    /**
     * The data inflated (the standard compresses with GZIP).
     *
     * @throws java.io.UncheckedIOException if the data is not GZIP
     */
    public byte[] inflate() {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(data.toByteArray()))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("0x0901 data is not GZIP", e);
        }
    }
}
