package io.github.jiguan.core.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV, as the interchange formats use: UTF-8 (a byte-order mark is skipped), a
 * header row, comma separators, fields optionally in double quotes with {@code ""} for a quote
 * and line breaks allowed inside quotes, records ended by LF or CRLF. Surrounding spaces of
 * unquoted fields are kept as they are; the typed parsers strip them.
 *
 * <p>Rows come one at a time from {@link #next()}, so a file of any size streams in constant
 * memory. Each row knows the line it starts on, for rejections that name file, line and column.
 * Not thread-safe; one reader per file.
 */
public final class CsvReader implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final String source;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int limit;
    private long line = 1;
    private boolean eof;
    private final StringBuilder field = new StringBuilder(64);
    /** A field found whole in the buffer, made into a string in one copy; null when {@link #field} holds it. */
    private String whole;
    private boolean quoted;
    private final ArrayList<String> record = new ArrayList<>(16);
    private final List<String> header;
    private final Map<String, Integer> columns;

    private CsvReader(Reader in, String source) {
        this.in = in;
        this.source = source;
        skipByteOrderMark();
        List<String> h = readRecord();
        if (h == null) {
            throw new CsvFormatException(new Rejection(source, 1, "", null, "is empty: a header row is required"));
        }
        this.header = List.copyOf(h);
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (map.putIfAbsent(name, i) != null) {
                throw new CsvFormatException(new Rejection(source, 1, name, name, "appears twice in the header"));
            }
        }
        this.columns = Collections.unmodifiableMap(map);
    }

    /**
     * Opens a UTF-8 file; rejections name it by its file name.
     *
     * @throws UncheckedIOException when it cannot be read
     * @throws CsvFormatException when it has no header row
     */
    public static CsvReader open(Path file) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), BUFFER);
            return new CsvReader(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads from {@code reader}; rejections name the input {@code source}. */
    public static CsvReader of(Reader reader, String source) {
        return new CsvReader(reader, source);
    }

    /** The file or stream name. */
    public String source() {
        return source;
    }

    /**
     * The line the reader is on: one more than the line breaks read so far (after the last record,
     * one more than the lines of the input). A caller that reads a file in parts uses it to turn the
     * line numbers of a later part into the file's.
     */
    public long line() {
        return line;
    }

    /** The header's column names, as written. */
    public List<String> header() {
        return header;
    }

    /**
     * Checks that the header names every required column.
     *
     * @throws CsvFormatException naming the first missing column
     */
    public CsvReader requireColumns(List<String> required) {
        for (String c : required) {
            if (!columns.containsKey(c)) {
                throw new CsvFormatException(new Rejection(source, 1, c, null,
                        "is missing from the header " + header));
            }
        }
        return this;
    }

    /**
     * The next record, or {@code null} at the end of the input. Blank lines are skipped.
     *
     * @throws CsvFormatException when a quoted field is not closed before the end of the input
     * @throws UncheckedIOException when reading fails, including bytes that are not UTF-8
     */
    public CsvRow next() {
        while (true) {
            long start = line;
            List<String> fields = readRecord();
            if (fields == null) {
                return null;
            }
            if (fields.size() == 1 && fields.get(0).isEmpty() && !quoted) {
                continue; // a blank line; a lone "" is a record with one empty field
            }
            return new CsvRow(source, start, columns, fields.toArray(new String[0]));
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void skipByteOrderMark() {
        if (fill() && buf[pos] == '\uFEFF') {
            pos++;
        }
    }

    private boolean fill() {
        if (pos < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        try {
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                eof = true;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(source + ":" + line + ": input is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** Reads one record into {@link #record}; null at end of input. */
    private List<String> readRecord() {
        if (!fill()) {
            return null;
        }
        record.clear();
        long start = line;
        while (true) {
            int end = readField(start);
            record.add(whole != null ? whole : field.toString());
            if (end != ',') {
                return record;
            }
        }
    }

    /** Reads one field into {@link #field}; returns the character that ended it: ',', '\n' or -1. */
    private int readField(long recordStart) {
        field.setLength(0);
        whole = null;
        quoted = false;
        if (!fill()) {
            return -1;
        }
        if (buf[pos] == '"') {
            quoted = true;
            pos++;
            return readQuoted(recordStart);
        }
        while (true) {
            if (!fill()) {
                return -1;
            }
            int from = pos;
            while (pos < limit) {
                char c = buf[pos];
                if (c == ',' || c == '\n' || c == '\r') {
                    if (field.length() == 0) {
                        whole = new String(buf, from, pos - from); // the common case: one copy, no builder
                    } else {
                        field.append(buf, from, pos - from);
                    }
                    return endOfField(c);
                }
                pos++;
            }
            field.append(buf, from, pos - from);
        }
    }

    private int readQuoted(long recordStart) {
        while (true) {
            if (!fill()) {
                throw new CsvFormatException(new Rejection(source, recordStart, "", null,
                        "has a quoted field that is never closed"));
            }
            char c = buf[pos++];
            if (c == '"') {
                if (fill() && buf[pos] == '"') {
                    field.append('"');
                    pos++;
                    continue;
                }
                // After the closing quote, anything up to the separator is kept as written.
                return readAfterQuote();
            }
            if (c == '\n') {
                line++;
            }
            field.append(c);
        }
    }

    private int readAfterQuote() {
        while (fill()) {
            char c = buf[pos];
            if (c == ',' || c == '\n' || c == '\r') {
                return endOfField(c);
            }
            field.append(c);
            pos++;
        }
        return -1;
    }

    private int endOfField(char c) {
        pos++;
        if (c == ',') {
            return ',';
        }
        if (c == '\r' && fill() && buf[pos] == '\n') {
            pos++;
        }
        line++;
        return '\n';
    }
}
