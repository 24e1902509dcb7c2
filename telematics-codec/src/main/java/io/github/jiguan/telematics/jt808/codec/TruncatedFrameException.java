package io.github.jiguan.telematics.jt808.codec;

/** A stream that ends inside a frame: its opening 0x7e arrived, its closing one never did. */
public final class TruncatedFrameException extends Jt808Exception {

    private final int pending;

    /** The stream ended {@code pending} bytes into a frame that opened at stream offset {@code offset}. */
    public TruncatedFrameException(int pending, long offset, byte[] bytes, int from, int to) {
        super("the stream ends inside a frame of " + pending + " bytes that opened at offset " + offset, offset,
                bytes, from, to);
        this.pending = pending;
    }

    /** The bytes of the unfinished frame (its opening 0x7e included). */
    public int pending() {
        return pending;
    }
}
