package io.github.jiguan.telematics.jt808.codec;

/**
 * A field whose value the standard does not allow: a subpackage index of 0 or above the total, text
 * that is not GBK in strict mode, a count that disagrees with the items present.
 */
public final class InvalidFieldException extends Jt808Exception {

    private final String field;

    /** Field {@code field} at {@code offset} is invalid; {@code reason} names the value and the rule. */
    public InvalidFieldException(String field, String reason, long offset, byte[] bytes, int from, int to) {
        super(field + " invalid at offset " + offset + ": " + reason, offset, bytes, from, to);
        this.field = field;
    }

    /** The field that is invalid. */
    public String field() {
        return field;
    }
}
