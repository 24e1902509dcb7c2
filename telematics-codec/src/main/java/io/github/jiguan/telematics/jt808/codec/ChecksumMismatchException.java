package io.github.jiguan.telematics.jt808.codec;

/** The XOR check code at the end of a frame does not match its content (strict decoding only). */
public final class ChecksumMismatchException extends Jt808Exception {

    private final int expected;
    private final int actual;

    /** A frame whose check code byte at {@code offset} is {@code actual} where {@code expected} was due. */
    public ChecksumMismatchException(int expected, int actual, long offset, byte[] bytes, int from, int to) {
        super(String.format("check code mismatch: frame carries 0x%02x, content computes to 0x%02x", actual, expected),
                offset, bytes, from, to);
        this.expected = expected;
        this.actual = actual;
    }

    /** The check code computed from the frame content. */
    public int expected() {
        return expected;
    }

    /** The check code the frame carries. */
    public int actual() {
        return actual;
    }
}
