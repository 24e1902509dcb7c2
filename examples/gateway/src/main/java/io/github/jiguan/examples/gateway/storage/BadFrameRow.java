package io.github.jiguan.examples.gateway.storage;

import java.util.Objects;

/**
 * A frame that could not be decoded, kept raw for diagnosis.
 *
 * @param receivedAtMillis when it arrived, epoch milliseconds
 * @param connection the connection it came on (remote address and channel id)
 * @param terminalPhone the phone in its header when that much could be read, otherwise null
 * @param errorKind the kind of error, such as {@code ChecksumMismatch}
 * @param errorMessage what is wrong (cut to 1,000 characters)
 * @param errorOffset where in the frame (or the stream) the offending bytes start
 * @param frame the frame's bytes as received, delimiters included (at most the first 4 KiB)
 */
public record BadFrameRow(long receivedAtMillis, String connection, String terminalPhone, String errorKind,
        String errorMessage, long errorOffset, byte[] frame) {

    /** The most bytes of a frame kept. */
    public static final int MAX_FRAME_BYTES = 4096;

    /** Checks the references and cuts the message and the frame to their bounds. */
    public BadFrameRow {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(errorKind, "errorKind");
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(frame, "frame");
        connection = cut(connection, 64);
        errorKind = cut(errorKind, 64);
        errorMessage = cut(errorMessage, 1000);
        if (frame.length > MAX_FRAME_BYTES) {
            frame = java.util.Arrays.copyOf(frame, MAX_FRAME_BYTES);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
