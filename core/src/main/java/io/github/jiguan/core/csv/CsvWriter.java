package io.github.jiguan.core.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes RFC 4180 CSV in UTF-8 with LF line ends: a field is quoted only when it holds a comma, a
 * quote, a line break or surrounding spaces. Not thread-safe.
 */
public final class CsvWriter implements Closeable, Flushable {

    private final Writer out;
    private final int columns;

    private CsvWriter(Writer out, List<String> header) {
        this.out = out;
        this.columns = header.size();
        row(header);
    }

    /** Creates (or replaces) a UTF-8 file and writes the header. */
    public static CsvWriter create(Path file, List<String> header) {
        try {
            return new CsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes to {@code out} (buffered here) and writes the header. */
    public static CsvWriter of(Writer out, List<String> header) {
        return new CsvWriter(out instanceof BufferedWriter ? out : new BufferedWriter(out), header);
    }

    /**
     * Writes one row; null fields are written empty.
     *
     * @throws IllegalArgumentException when the row does not have as many fields as the header
     */
    public CsvWriter row(List<String> fields) {
        if (fields.size() != columns) {
            throw new IllegalArgumentException("row has " + fields.size() + " fields, header has " + columns);
        }
        try {
            if (fields.size() == 1 && (fields.get(0) == null || fields.get(0).isEmpty())) {
                out.write("\"\"\n"); // an empty line would read back as no record at all
                return this;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                writeField(fields.get(i));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes one row from values. */
    public CsvWriter row(String... fields) {
        return row(java.util.Arrays.asList(fields));
    }

    /** The text of one field as it is written, quoted when needed. */
    public static String quote(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean needs = value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
        for (int i = 0; !needs && i < value.length(); i++) {
            char c = value.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private void writeField(String value) throws IOException {
        out.write(quote(value));
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
