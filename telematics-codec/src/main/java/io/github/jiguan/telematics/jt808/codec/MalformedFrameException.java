package io.github.jiguan.telematics.jt808.codec;

/**
 * A frame that breaks the framing rules: no 0x7e delimiters, an 0x7d not followed by 0x01 or 0x02,
 * or too short to hold a header and a check code.
 */
public final class MalformedFrameException extends Jt808Exception {

    /** A framing error described by {@code message} at {@code offset}. */
    public MalformedFrameException(String message, long offset, byte[] bytes, int from, int to) {
        super(message, offset, bytes, from, to);
    }
}
