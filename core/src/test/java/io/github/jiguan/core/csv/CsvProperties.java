package io.github.jiguan.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvProperties {

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab,\"\n\r 车·").ofMaxLength(6);
        return Arbitraries.integers().between(1, 4).flatMap(width ->
                field.list().ofSize(width).list().ofMaxSize(20));
    }

    @Property
    void whatIsWrittenReadsBackUnchanged(@ForAll("tables") List<List<String>> rows) {
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
    }
}
