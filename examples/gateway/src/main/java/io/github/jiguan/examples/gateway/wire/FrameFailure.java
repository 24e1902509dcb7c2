package io.github.jiguan.examples.gateway.wire;

import java.util.Objects;

/**
 * A frame, or a run of bytes, that did not decode: what was wrong and the bytes as received.
 *
 * @param kind the kind of error, such as {@code ChecksumMismatch} or {@code FrameTooLong}
 * @param message what is wrong, naming the field, the expected and the actual value
 * @param offset where the offending bytes start (in the frame; for the splitter, in the stream)
 * @param frame the frame's bytes as received, delimiters included (the first bytes, for a frame too long)
 * @param phone the phone in the frame's header when the header could be read, otherwise null
 * @param receivedAtMillis when it was read, epoch milliseconds
 */
public record FrameFailure(String kind, String message, long offset, byte[] frame, String phone,
        long receivedAtMillis) {

    /** Checks the references. */
    public FrameFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(frame, "frame");
    }
}
