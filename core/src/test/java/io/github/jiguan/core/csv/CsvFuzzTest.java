package io.github.jiguan.core.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jiguan.core.interchange.OrdersCsv;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Any bytes given to the CSV reader, and to an importer on top of it, end in rows or in one of
 * the reader's declared exceptions, never anything else; what is read writes back and reads the
 * same; a lenient import accounts for every row. {@code mvn verify} runs the committed seed corpus
 * ({@code CsvFuzzTestInputs/<method>}: well-formed files of every interchange format and the
 * shapes that gave trouble); {@code JAZZER_FUZZ=1} fuzzes (see docs/testing.md).
 */
class CsvFuzzTest {

    private static final String SOURCE = "fuzz.csv";

    @FuzzTest(maxDuration = "5m")
    void readAnyBytes(byte[] data) {
        Table t = read(data);
        if (t == null) {
            return;
        }
        StringBuilder out = new StringBuilder();
        line(out, t.header());
        t.rows().forEach(r -> line(out, r));
        Table again;
        try {
            again = read(CsvReader.of(new StringReader(out.toString()), SOURCE));
        } catch (RuntimeException e) {
            throw new AssertionError("what was read does not read back: " + out, e);
        }
        if (!t.header().equals(again.header()) || !t.rows().equals(again.rows())) {
            throw new AssertionError("read " + t + " but its written form reads " + again);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void importAnyBytesAsOrders(byte[] data) {
        Table t = read(data);
        if (t == null) {
            return;
        }
        List<Rejection> rejected = new ArrayList<>();
        ImportLog log = ImportLog.lenient(rejected::add);
        int accepted;
        try {
            accepted = OrdersCsv.read(reader(data), log).size();
        } catch (CsvFormatException e) {
            return; // a required column is missing
        }
        RowCounts counts = log.counts(SOURCE);
        // A row whose broken quote swallowed lines is one report that counts each of its lines.
        if (counts.rows() != t.lines() || counts.accepted() != accepted
                || counts.rejected() + counts.repeats() != rejected.size() + t.lines() - t.rows().size()) {
            throw new AssertionError(counts + " for " + t.rows().size() + " rows, " + accepted + " orders, "
                    + rejected.size() + " reported");
        }
        for (Rejection r : rejected) {
            if (!SOURCE.equals(r.source()) || r.line() < 2 || r.reason().isBlank()) {
                throw new AssertionError("a rejection must name the file, a data line and a reason: " + r);
            }
        }
    }

    /** A header and rows as read, and the lines the rows count for (a broken quote's lines each count). */
    private record Table(List<String> header, List<List<String>> rows, long lines) {
    }

    /** The table in {@code data}, or null when the reader refused it with one of its declared exceptions. */
    private static Table read(byte[] data) {
        try {
            return read(reader(data));
        } catch (CsvFormatException e) {
            if (!SOURCE.equals(e.rejection().source()) || e.rejection().line() < 1) {
                throw new AssertionError("a format error must name the file and a line: " + e.rejection(), e);
            }
            return null;
        }
    }

    private static Table read(CsvReader in) {
        try (in) {
            List<List<String>> rows = new ArrayList<>();
            long lines = 0;
            long last = 1;
            for (CsvRow row = in.next(); row != null; row = in.next()) {
                if (row.line() <= last) {
                    throw new AssertionError("row lines must increase: " + row.line() + " after " + last);
                }
                last = row.line();
                rows.add(List.of(row.toArray()));
                lines += row.lines();
            }
            return new Table(in.header(), rows, lines);
        }
    }

    /** As {@link CsvReader#open} reads a file: UTF-8, malformed input reported with its line. */
    private static CsvReader reader(byte[] data) {
        return CsvReader.of(new ByteArrayInputStream(data), StandardCharsets.UTF_8, SOURCE);
    }

    private static void line(StringBuilder out, List<String> fields) {
        if (fields.size() == 1 && fields.get(0).isEmpty()) {
            out.append("\"\"\n");
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(CsvWriter.quote(fields.get(i)));
        }
        out.append('\n');
    }
}
