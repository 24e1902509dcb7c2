package io.github.jiguan.telematics.jt808.codec;

/** A frame longer than the configured maximum; the bytes up to the next 0x7e are skipped. */
public final class FrameTooLongException extends Jt808Exception {

    private final long length;
    private final int maximum;

    /** A frame of at least {@code length} bytes starting at {@code offset}, over {@code maximum}. */
    public FrameTooLongException(long length, int maximum, long offset, byte[] bytes, int from, int to) {
        super("frame longer than the maximum of " + maximum + " bytes: " + length + " bytes", offset, bytes, from, to);
        this.length = length;
        this.maximum = maximum;
    }

    /** The number of bytes seen (at least) before the frame was given up. */
    public long length() {
        return length;
    }

    /** The configured maximum frame length, delimiters included. */
    public int maximum() {
        return maximum;
    }
}
