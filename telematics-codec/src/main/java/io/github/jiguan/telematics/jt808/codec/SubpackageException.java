package io.github.jiguan.telematics.jt808.codec;

/**
 * A fragment that the {@code SubpackageAssembler} cannot take: it is not a fragment, its index is
 * out of range, or it alone exceeds the assembler's memory bounds.
 */
public final class SubpackageException extends Jt808Exception {

    /** A fragment rejected for {@code reason}. */
    public SubpackageException(String reason, byte[] bytes, int from, int to) {
        super(reason, 0, bytes, from, to);
    }
}
