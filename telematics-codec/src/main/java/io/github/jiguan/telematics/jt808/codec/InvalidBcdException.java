package io.github.jiguan.telematics.jt808.codec;

/** A BCD field (phone number, time) holds a nibble above 9, or a BCD time that is not a date. */
public final class InvalidBcdException extends Jt808Exception {

    private final String field;

    /** Field {@code field} at {@code offset} is not valid BCD; {@code reason} says why. */
    public InvalidBcdException(String field, String reason, long offset, byte[] bytes, int from, int to) {
        super(field + " is not valid BCD at offset " + offset + ": " + reason, offset, bytes, from, to);
        this.field = field;
    }

    /** The field that holds the bad BCD. */
    public String field() {
        return field;
    }
}
