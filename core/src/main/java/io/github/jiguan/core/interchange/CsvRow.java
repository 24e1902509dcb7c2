package io.github.jiguan.core.interchange;

import io.github.jiguan.core.InvalidValueException;
import java.util.Map;

/**
 * One record of a CSV file, read by {@link CsvReader}: its fields, the line it starts on and the
 * header that names them. Fields are never null; a missing trailing field reads as empty.
 */
public final class CsvRow {

    private final String source;
    private final long line;
    private final Map<String, Integer> columns;
    private final String[] fields;

    CsvRow(String source, long line, Map<String, Integer> columns, String[] fields) {
        this.source = source;
        this.line = line;
        this.columns = columns;
        this.fields = fields;
    }

    /** The file or stream name. */
    public String source() {
        return source;
    }

    /** The 1-based line number on which the record starts. */
    public long line() {
        return line;
    }

    /** The number of fields the record has. */
    public int size() {
        return fields.length;
    }

    /** The field at {@code index}, or empty when the record is shorter. */
    public String get(int index) {
        return index < fields.length ? fields[index] : "";
    }

    /**
     * The field of the named column, or empty when the record is shorter.
     *
     * @throws IllegalArgumentException when the header has no such column
     */
    public String get(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no column " + column + " in " + source + "; header is " + columns.keySet());
        }
        return get(index);
    }

    /** A rejection of this row's {@code column}, with that field's value. */
    public Rejection reject(String column, String reason) {
        return new Rejection(source, line, column, columns.containsKey(column) ? get(column) : null, reason);
    }

    /**
     * A rejection of this row from what a parser or factory threw. When the exception's field is
     * not a column of the header (a domain name such as "vehicle id"), it is kept as the column
     * text so the reason still names it.
     */
    public Rejection reject(InvalidValueException e) {
        return new Rejection(source, line, e.field(), e.value(), e.reason());
    }

    /** The fields as an array copy. */
    public String[] toArray() {
        return fields.clone();
    }

    @Override
    public String toString() {
        return source + ":" + line + " " + String.join(",", fields);
    }
}
