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
    private final int width;
    private final String[] fields;
    private final Quoting quoting;

    /**
     * A record with quoted line breaks, or a quote never closed.
     *
     * @param lines    the lines the record spans
     * @param field    the index of the first field that holds a line break or is never closed
     * @param unclosed whether the quote is never closed before the end of the input
     * @param swallows whether the quoted text holds whole records' worth of separators
     */
    record Quoting(long lines, int field, boolean unclosed, boolean swallows) {
        boolean broken() {
            return unclosed || swallows;
        }
    }

    CsvRow(String source, long line, Map<String, Integer> columns, int width, String[] fields, Quoting quoting) {
        this.source = source;
        this.line = line;
        this.columns = columns;
        this.width = width;
        this.fields = fields;
        this.quoting = quoting;
    }

    /**
     * The lines this row counts for in an import's accounts: 1, or every line a broken quote
     * swallowed when {@link #problem()} says so.
     */
    public long lines() {
        return quoting == null || !quoting.broken() ? 1 : quoting.lines();
    }

    /** The lines the record spans in the file: more than 1 when a quoted field holds line breaks. */
    public long span() {
        return quoting == null ? 1 : quoting.lines();
    }

    /**
     * The column of the first field that holds a line break or a quote never closed, as the header
     * names it; empty when there is none.
     */
    public String breakingColumn() {
        return quoting == null ? "" : nameOf(quoting.field());
    }

    /**
     * What makes the whole row unusable before any column is parsed, or null: a quote that is never
     * closed or that swallowed what look like whole records (the rejection names the line it opens
     * on and how many lines it took, all counted as rejected by {@link #lines()}), or a value in a
     * column the header does not name (Excel's trailing empty columns are fine while they are empty).
     */
    public Rejection problem() {
        if (quoting != null && quoting.broken()) {
            String column = nameOf(quoting.field());
            String reason = quoting.unclosed()
                    ? "has a quote that is never closed: the " + quoting.lines() + " lines from here to the end"
                            + " of the input are counted as rejected"
                    : "has a quote that runs over " + quoting.lines() + " lines and holds what look like whole"
                            + " records (a stray quote?): all " + quoting.lines() + " lines are counted as rejected";
            return new Rejection(source, line, column, get(quoting.field()), reason);
        }
        for (int i = 0; i < fields.length; i++) {
            if ((i >= width || (columns.size() < width && !columns.containsValue(i))) && !fields[i].isBlank()) {
                return new Rejection(source, line, "column " + (i + 1), fields[i],
                        "has a value, but the header names no column " + (i + 1));
            }
        }
        return null;
    }

    private String nameOf(int index) {
        for (Map.Entry<String, Integer> e : columns.entrySet()) {
            if (e.getValue() == index) {
                return e.getKey();
            }
        }
        return "column " + (index + 1);
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
     * A rejection of this row from what a parser or factory threw. When the exception's field is a
     * column of the header, also when written in words ("vehicle id" for {@code vehicle_id}), the
     * rejection names the column as the header does and shows the cell's text as written; any other
     * field name is kept with the exception's value, so the reason still names it.
     */
    public Rejection reject(InvalidValueException e) {
        String column = columnOf(e.field());
        if (column != null) {
            // The cell as written, not the value the parser made of it (a time converted to UTC, say).
            return new Rejection(source, line, column, get(column), e.reason());
        }
        return new Rejection(source, line, e.field(), e.value(), e.reason());
    }

    /** The header's name for a field a factory names in words ("planned end" for planned_end), or null. */
    private String columnOf(String field) {
        if (columns.containsKey(field)) {
            return field;
        }
        String snake = field.strip().replace(' ', '_');
        return columns.containsKey(snake) ? snake : null;
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
