package io.github.jiguan.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.Cells;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<CsvRow> readAll(String text) {
        try (CsvReader r = CsvReader.of(new StringReader(text), "t.csv")) {
            List<CsvRow> rows = new ArrayList<>();
            for (CsvRow row = r.next(); row != null; row = r.next()) {
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void readsQuotedFieldsEmbeddedQuotesAndLineBreaksWithTheirStartingLine() {
        List<CsvRow> rows = readAll("\uFEFFa,b,c\r\n1,\"x,y\",3\r\n\n2,\"say \"\"hi\"\"\nthere\",\n4,,\"\"\n5");
        assertEquals(4, rows.size());
        assertEquals("x,y", rows.get(0).get("b"));
        assertEquals(2, rows.get(0).line());
        assertEquals("say \"hi\"\nthere", rows.get(1).get(1));
        assertEquals("", rows.get(1).get("c"));
        assertEquals(4, rows.get(1).line());
        assertEquals(6, rows.get(2).line());
        assertEquals("", rows.get(2).get("c"));
        assertEquals("5", rows.get(3).get("a"));
        assertEquals("", rows.get(3).get("c"));
        assertEquals(1, rows.get(3).size());
    }

    @Test
    void readsAcrossBufferBoundaries() {
        StringBuilder b = new StringBuilder("id,text\n");
        for (int i = 0; i < 20_000; i++) {
            b.append(i).append(",\"").append("车".repeat(i % 7)).append(",\"\"q\"\"\"\n");
        }
        List<CsvRow> rows = readAll(b.toString());
        assertEquals(20_000, rows.size());
        assertEquals("车".repeat(19_999 % 7) + ",\"q\"", rows.get(19_999).get("text"));
        assertEquals(20_001, rows.get(19_999).line());
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereTheRecordStartsAndCountsEveryLineItTook() {
        List<CsvRow> rows = readAll("a,b\n1,2\n3,\"oops\n4,5\n");
        assertEquals(2, rows.size());
        assertNull(rows.get(0).problem());
        assertEquals("t.csv:3: b has a quote that is never closed: the 2 lines from here to the end of the input"
                + " are counted as rejected: \"oops\n4,5\n\"", rows.get(1).problem().toString());
        assertEquals(2, rows.get(1).lines());
    }

    @Test
    void aMissingColumnOrEmptyFileIsReportedBeforeAnyRow() {
        CsvReader r = CsvReader.of(new StringReader("vehicle_id,plate\n"), "vehicles.csv");
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> r.requireColumns(List.of("vehicle_id", "agency_id")));
        assertEquals("vehicles.csv:1: agency_id is missing from the header [vehicle_id, plate]", e.getMessage());
        assertThrows(CsvFormatException.class, () -> CsvReader.of(new StringReader(""), "e.csv"));
        assertNull(r.next());
    }

    @Test
    void aRejectionNamesFileLineColumnValueAndReason() {
        CsvRow row = readAll("vehicle_id,time\nV1,2025-01-06 09:00\n").get(0);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Cells.instant("time", row.get("time")));
        assertEquals("t.csv:2: time must be an ISO-8601 time with offset such as 2025-01-06T09:21:00+08:00: "
                + "\"2025-01-06 09:00\"", row.reject(e).toString());
        assertEquals("t.csv:2: vehicle_id is unknown: \"V1\"", row.reject("vehicle_id", "is unknown").toString());
    }

    @Test
    void writtenRowsReadBackUnchanged() {
        StringWriter out = new StringWriter();
        List<String> tricky = List.of("plain", "a,b", "say \"hi\"", "two\nlines", " padded ", "");
        try (CsvWriter w = CsvWriter.of(out, List.of("a", "b", "c", "d", "e", "f"))) {
            w.row(tricky);
        }
        CsvRow back = readAll(out.toString()).get(0);
        assertEquals(tricky, List.of(back.toArray()));
        assertThrows(IllegalArgumentException.class, () -> CsvWriter.of(new StringWriter(), List.of("a")).row("1", "2"));
    }
}
