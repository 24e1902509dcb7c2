package io.github.jiguan.core.csv;

import io.github.jiguan.core.InvalidValueException;
import java.util.Objects;

/**
 * A row (or one field of it) that an import refused, with where it is and why: the file, the line
 * the record starts on, the column, the value and the reason.
 *
 * @param source the file or stream name, such as {@code orders.csv}
 * @param line   the 1-based line number where the record starts
 * @param column the column's header name, or empty when the whole row is at fault
 * @param value  the rejected value, or {@code null} when absent or not a single value
 * @param reason what is wrong, naming the allowed range or shape
 */
public record Rejection(String source, long line, String column, String value, String reason) {

    /** Checks the fields; a null column becomes empty. */
    public Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        column = column == null ? "" : column;
    }

    /** A rejection of one field, from the exception a parser or factory raised for it. */
    public static Rejection of(String source, long line, InvalidValueException e) {
        return new Rejection(source, line, e.field(), e.value(), e.reason());
    }

    /** The same rejection on another line: for a reader of a part of a file, whose lines it numbers from 1. */
    public Rejection withLine(long newLine) {
        return new Rejection(source, newLine, column, value, reason);
    }

    /** How much of a rejected value {@link #toString()} shows: a cell of megabytes is cut, not echoed. */
    public static final int SHOWN_VALUE_CHARS = 200;

    /**
     * {@code orders.csv:17: created_at must be an ISO-8601 time…: "2025-01-06 09:00"}; a value longer
     * than {@link #SHOWN_VALUE_CHARS} is cut and says how long it was.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(source).append(':').append(line).append(": ");
        if (!column.isEmpty()) {
            b.append(column).append(' ');
        }
        b.append(reason);
        if (value != null) {
            if (value.length() > SHOWN_VALUE_CHARS) {
                b.append(": \"").append(value, 0, SHOWN_VALUE_CHARS).append("…\" (")
                        .append(value.length()).append(" characters)");
            } else {
                b.append(": \"").append(value).append('"');
            }
        }
        return b.toString();
    }
}
