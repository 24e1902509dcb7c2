package io.github.jiguan.telematics.jt808.codec;

import java.util.HexFormat;

/**
 * The one exception family of the JT/T 808 codec. Every subclass names what is wrong and carries
 * the offset and the hex of the offending bytes, so that a gateway can log and skip a bad frame and
 * carry on with the next.
 *
 * <p>Offsets are counted in the de-escaped frame, from the first byte after the opening 0x7e (the
 * high byte of the message id is at 0), except for the errors of the stream splitter
 * ({@link FrameTooLongException}, {@link TruncatedFrameException}), whose offsets are positions in the
 * byte stream. {@code Jt808StreamDecoder} reports every error with its position in the stream as well.
 */
public abstract class Jt808Exception extends RuntimeException {

    private static final int MAX_HEX_BYTES = 64;

    private final long offset;
    private final String hex;

    /**
     * @param message what is wrong, naming the field, the expected and the actual value
     * @param offset where the offending bytes start
     * @param bytes the buffer holding them
     * @param from the first offending byte in {@code bytes}
     * @param to one past the last offending byte in {@code bytes}
     */
    protected Jt808Exception(String message, long offset, byte[] bytes, int from, int to) {
        super(message);
        this.offset = offset;
        this.hex = hexOf(bytes, from, to);
    }

    /** Where the offending bytes start (see the class comment for the origin). */
    public long offset() {
        return offset;
    }

    /** The offending bytes in lowercase hex (at most 64 bytes, then "…"); empty when there are none. */
    public String hex() {
        return hex;
    }

    /** A short name of the error kind, such as {@code ChecksumMismatch}, for logs and the CLI. */
    public String kind() {
        String name = getClass().getSimpleName();
        return name.endsWith("Exception") ? name.substring(0, name.length() - "Exception".length()) : name;
    }

    private static String hexOf(byte[] bytes, int from, int to) {
        if (bytes == null || from >= to) {
            return "";
        }
        int lo = Math.max(0, from);
        int hi = Math.min(bytes.length, to);
        if (lo >= hi) {
            return "";
        }
        String hex = HexFormat.of().formatHex(bytes, lo, Math.min(hi, lo + MAX_HEX_BYTES));
        return hi - lo > MAX_HEX_BYTES ? hex + "…" : hex;
    }
}
