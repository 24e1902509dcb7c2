package io.github.jiguan.core.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
 * memory. Each row knows the line it starts on and the lines it spans, for rejections that name
 * file, line and column. A quoted field that is never closed, or that holds line breaks and as
 * many commas as a whole record (a stray quote that swallowed the records after it), is not an
 * error of the reader: the row says so ({@link CsvRow#problem()}) and the importer counts every
 * line it spans as rejected. Header columns without a name are allowed (Excel writes trailing
 * commas); a row with a value in such a column, or beyond the header, has a problem too.
 *
 * <p>Bytes that are not in the file's encoding stop the read with a {@link CsvEncodingException}
 * naming the line they are on and, when the bytes read as GB18030, saying so.
 * Not thread-safe; one reader per file.
 */
public final class CsvReader implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final String source;
    private final char[] buf;
    private int pos;
    private int limit;
    private long line = 1;
    private boolean eof;
    private final StringBuilder field = new StringBuilder(64);
    /** A field found whole in the buffer, made into a string in one copy; null when {@link #field} holds it. */
    private String whole;
    private boolean quoted;
    /** Of the record last read: the line of its last character, and what its quoted fields held. */
    private long lastLine;
    private int quotedBreaks;
    private int quotedCommas;
    private int breakingField = -1;
    private boolean unclosed;
    private boolean unclosedAfterBreak;
    private final ArrayList<String> record = new ArrayList<>(16);
    private final List<String> header;
    private final Map<String, Integer> columns;

    private CsvReader(Reader in, String source) {
        this.in = in;
        this.source = source;
        this.buf = new char[BUFFER];
        skipByteOrderMark();
        List<String> h = readRecord();
        if (h == null) {
            throw new CsvFormatException(new Rejection(source, 1, "", null, "is empty: a header row is required"));
        }
        if (unclosed || quotedBreaks > 0) {
            throw new CsvFormatException(new Rejection(source, 1, "", null,
                    "has a line break in a quoted header name" + (unclosed ? " that is never closed" : "")));
        }
        this.header = List.copyOf(h);
        this.columns = columnsOf(source, header);
    }

    /** A reader of records under a header read elsewhere, numbering lines from {@code firstLine}. */
    private CsvReader(Reader in, String source, List<String> header, long firstLine, int bufferChars) {
        this.in = in;
        this.source = source;
        this.buf = new char[bufferChars];
        this.line = firstLine;
        this.header = List.copyOf(header);
        this.columns = columnsOf(source, this.header);
    }

    private static Map<String, Integer> columnsOf(String source, List<String> header) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                continue; // a column without a name: its cells must be empty (CsvRow#problem)
            }
            if (map.putIfAbsent(name, i) != null) {
                throw new CsvFormatException(new Rejection(source, 1, name, name, "appears twice in the header"));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Reads one record (which may span lines) that starts on {@code line} of a file whose header
     * was read elsewhere: for readers that cut a file themselves, such as the multi-part fixes.csv
     * reader, so that such a record means exactly what it means to a reader of the whole file.
     *
     * @return the row, or null when the text holds no record (a blank line)
     */
    public static CsvRow record(String source, long line, List<String> header, String text) {
        try (CsvReader r = new CsvReader(new java.io.StringReader(text), source, header, line,
                Math.max(16, Math.min(BUFFER, text.length() + 1)))) {
            return r.next();
        }
    }

    /**
     * Opens a UTF-8 file; rejections name it by its file name.
     *
     * @throws UncheckedIOException when it cannot be read
     * @throws CsvFormatException when it has no header row
     * @throws CsvEncodingException when its first bytes are not UTF-8
     */
    public static CsvReader open(Path file) {
        return open(file, StandardCharsets.UTF_8);
    }

    /**
     * Opens a file in {@code charset} (GB18030 for the CSV that Excel saves on a Chinese system);
     * rejections name it by its file name.
     *
     * @throws UncheckedIOException when it cannot be read
     * @throws CsvFormatException when it has no header row
     * @throws CsvEncodingException when its first bytes are not in {@code charset}
     */
    public static CsvReader open(Path file, Charset charset) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return of(in, charset, file.getFileName().toString());
    }

    /**
     * Reads bytes in {@code charset}; bytes that are not in it are reported with the line they are
     * on ({@link CsvEncodingException}). Rejections name the input {@code source}.
     */
    public static CsvReader of(InputStream bytes, Charset charset, String source) {
        return new CsvReader(new DecodingReader(bytes, charset), source);
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
            return new CsvRow(source, start, columns, header.size(), fields.toArray(new String[0]), quoting(start));
        }
    }

    /** Where the quoted fields of the record just read held line breaks or were never closed; else null. */
    private CsvRow.Quoting quoting(long start) {
        if (!unclosed && quotedBreaks == 0) {
            return null;
        }
        // A stray quote reads the following records into one field: line breaks, and at least the
        // separators of a whole record. A real multi-line address holds line breaks but few commas.
        boolean swallows = quotedBreaks > 0 && quotedCommas >= Math.max(1, header.size() - 1);
        return new CsvRow.Quoting(lastLine - start + 1, breakingField, unclosed, swallows);
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
        } catch (DecodingReader.Malformed e) {
            // The decoder hands over every character before the bad bytes first, so the line is theirs.
            throw CsvEncodingException.at(source, line, e.charset(), e.bytes());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CsvEncodingException(new Rejection(source, line, "", null,
                    "holds bytes that are not valid in its encoding (near this line: the reader decodes ahead)"), false);
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
        quotedBreaks = 0;
        quotedCommas = 0;
        breakingField = -1;
        unclosed = false;
        long start = line;
        while (true) {
            int end = readField(start);
            record.add(whole != null ? whole : field.toString());
            if (end != ',') {
                lastLine = end == '\n' || (unclosed && unclosedAfterBreak) ? line - 1 : line;
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
        boolean afterBreak = false;
        while (true) {
            if (!fill()) {
                unclosed = true;
                unclosedAfterBreak = afterBreak; // the input ended with the line break: no line after it
                breakingField = record.size();
                return -1;
            }
            char c = buf[pos++];
            afterBreak = false;
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
                afterBreak = true;
                if (quotedBreaks++ == 0) {
                    breakingField = record.size();
                }
            } else if (c == ',') {
                quotedCommas++;
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
