package io.github.jiguan.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever the writer writes, the reader reads back unchanged: quotes, separators and line breaks included. */
class CsvProperties {

    private static final String CHARS = "ab,\"\n\r 车·\uFEFF";

    private static Gen<String> fields() {
        return lists().of(integers().between(0, CHARS.length() - 1)).ofSizeBetween(0, 6).map(picks -> {
            StringBuilder b = new StringBuilder();
            picks.forEach(i -> b.append(CHARS.charAt(i)));
            return b.toString();
        });
    }

    private static Gen<List<List<String>>> tables() {
        return integers().between(1, 4).flatMap(width -> lists().of(lists().of(fields()).ofSize(width)).ofSizeBetween(0, 20));
    }

    @Test
    void whatIsWrittenReadsBackUnchanged() {
        qt().withExamples(1000).forAll(tables()).checkAssert(rows -> {
            int width = rows.isEmpty() ? 1 : rows.get(0).size();
            List<String> header = IntStream.range(0, width).mapToObj(i -> "c" + i).toList();
            StringWriter out = new StringWriter();
            try (CsvWriter w = CsvWriter.of(out, header)) {
                rows.forEach(w::row);
            }
            List<List<String>> back = new ArrayList<>();
            try (CsvReader r = CsvReader.of(new StringReader(out.toString()), "p.csv")) {
                assertEquals(header, r.header());
                for (CsvRow row = r.next(); row != null; row = r.next()) {
                    back.add(List.of(row.toArray()));
                }
            }
            assertEquals(rows, back);
        });
    }
}
