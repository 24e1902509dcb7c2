package io.github.jiguan.telematics.jt808.codec;

/** A field runs past the end of the message body or frame. */
public final class TruncatedBodyException extends Jt808Exception {

    private final String field;
    private final int needed;
    private final int available;

    /** Field {@code field} needs {@code needed} bytes at {@code offset} where {@code available} remain. */
    public TruncatedBodyException(String field, int needed, int available, long offset, byte[] bytes, int from, int to) {
        super(field + " needs " + needed + " bytes at offset " + offset + " but only " + available + " remain",
                offset, bytes, from, to);
        this.field = field;
        this.needed = needed;
        this.available = available;
    }

    /** The field being read. */
    public String field() {
        return field;
    }

    /** Bytes the field needs. */
    public int needed() {
        return needed;
    }

    /** Bytes that were left. */
    public int available() {
        return available;
    }
}
