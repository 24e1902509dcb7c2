package io.github.jiguan.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value given to a Jiguan factory is outside what the domain allows.
 *
 * <p>The message names the field, the allowed range or shape, and the rejected value, for example
 * {@code "latitude out of range [-90, 90]: 116.307629"}; {@link #field()}, {@link #value()} and
 * {@link #reason()} give the same parts to programs that report rejections row by row.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String value;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param field  the field's name as the user knows it, such as {@code "latitude"}
     * @param reason what is wrong, naming the allowed range or shape, such as {@code "out of range [-90, 90]"}
     * @param value  the rejected value, rendered as text; {@code null} when the value was absent
     */
    public InvalidValueException(String field, String reason, Object value) {
        super(field + " " + reason + ": " + render(value));
        this.field = Objects.requireNonNull(field, "field");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.value = value == null ? null : value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence s) {
            return "\"" + s + "\"";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(value);
    }

    /** The name of the rejected field, such as {@code "latitude"}. */
    public String field() {
        return field;
    }

    /** The rejected value as text, or {@code null} when the value was absent. */
    public String value() {
        return value;
    }

    /** What is wrong with the value, naming the allowed range or shape. */
    public String reason() {
        return reason;
    }
}
