package io.github.jiguan.telematics.jt808.codec;

/** The body length in the header's body properties disagrees with the bytes the frame carries. */
public final class BodyLengthMismatchException extends Jt808Exception {

    private final int declared;
    private final int present;

    /** The header declares {@code declared} body bytes, the frame carries {@code present} from {@code offset}. */
    public BodyLengthMismatchException(int declared, int present, long offset, byte[] bytes, int from, int to) {
        super("body length mismatch: header declares " + declared + " bytes, frame carries " + present
                + " bytes from offset " + offset, offset, bytes, from, to);
        this.declared = declared;
        this.present = present;
    }

    /** The length in the header. */
    public int declared() {
        return declared;
    }

    /** The length actually present between header and check code. */
    public int present() {
        return present;
    }
}
