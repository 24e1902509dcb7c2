package io.github.jiguan.telematics.jt808.codec;

/**
 * A body too long for what was asked: for one frame (its 10-bit length field allows at most 1023
 * bytes, or the encoder's smaller maximum), or for 65,535 subpackages. Raised by the encoder; split the
 * body with {@code Jt808Encoder.encodeAll}.
 */
public final class BodyTooLongException extends Jt808Exception {

    private final long length;
    private final long maximum;

    /** A body of {@code length} bytes where at most {@code maximum} fit; {@code what} says what was asked. */
    public BodyTooLongException(String what, long length, long maximum) {
        super(what + ": body of " + length + " bytes exceeds " + maximum, 0, null, 0, 0);
        this.length = length;
        this.maximum = maximum;
    }

    /** The length of the body. */
    public long length() {
        return length;
    }

    /** The most that fits. */
    public long maximum() {
        return maximum;
    }
}
