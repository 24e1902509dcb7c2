package io.github.jiguan.core.csv;

import io.github.jiguan.core.InvalidValueException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One record of a CSV file, read by {@link CsvReader}: its fields, the line it starts on and the
 * header that names them. Fields are never null; a missing trailing field reads as empty.
 *
 * <p>Format adapters read a row with {@link #required} and {@link #optional}, which parse a named
 * column and, when the text is bad, throw a {@link RejectedRowException} whose rejection names
 * the file, the line, the column as the header writes it, the cell's text as written and the
 * reason. {@link ImportLog#read} turns those into reported rejections and goes on with the next row.
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

    /** Whether the header has {@code column} (the names compared after stripping spaces). */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The stripped text of {@code column}; empty when the cell is empty or the header lacks the column. */
    public String text(String column) {
        Integer index = columns.get(column);
        return index == null ? "" : get(index).strip();
    }

    /**
     * Parses a column that must have a value.
     *
     * @throws RejectedRowException when the cell is empty or the column is missing ("is required"), or
     *         when {@code parser} throws {@link InvalidValueException}: the rejection then carries the
     *         cell's text as written and the parser's reason
     */
    public <T> T required(String column, Function<String, T> parser) {
        String text = text(column);
        if (text.isEmpty()) {
            throw new RejectedRowException(reject(column, "is required"));
        }
        return parse(column, text, parser);
    }

    /**
     * Parses a column that may be empty or absent from the header.
     *
     * @throws RejectedRowException when the text is there but {@code parser} refuses it
     */
    public <T> Optional<T> optional(String column, Function<String, T> parser) {
        String text = text(column);
        return text.isEmpty() ? Optional.empty() : Optional.of(parse(column, text, parser));
    }

    /** The exception that rejects this row at {@code column} for {@code reason}; throw it from a row parser. */
    public RejectedRowException invalid(String column, String reason) {
        return new RejectedRowException(reject(column, reason));
    }

    /**
     * The exception that rejects this row as a repeat of the record first seen on {@code firstLine}
     * (the same id twice): counted as a repeat, not as a bad row.
     */
    public RejectedRowException repeat(String column, long firstLine) {
        return new RejectedRowException(reject(column, "repeats the record of line " + firstLine), true);
    }

    private <T> T parse(String column, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (InvalidValueException e) {
            throw new RejectedRowException(new Rejection(source, line, column, get(columns.get(column)), e.reason()));
        }
    }

    /** A rejection of this row's {@code column}, with that field's value as written. */
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
