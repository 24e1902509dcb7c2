package io.github.jiguan.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportLogTest {

    private static CsvReader csv(String text) {
        return CsvReader.of(new StringReader(text), "things.csv");
    }

    private static List<LocalDate> read(CsvReader in, ImportLog log) {
        Map<String, Long> seen = new HashMap<>();
        return log.read(in, List.of("id", "day"), row -> {
            String id = row.required("id", t -> t);
            LocalDate day = row.required("day", t -> Cells.date("day", t));
            Optional<Integer> n = row.optional("n", t -> Cells.integer("n", t));
            Long first = seen.putIfAbsent(id, row.line());
            if (first != null) {
                throw row.repeat("id", first);
            }
            return n.isPresent() ? day.plusDays(n.get()) : day;
        });
    }

    @Test
    void everyRowIsAcceptedRejectedOrARepeatAndTheRejectionKeepsTheCellAsWritten() {
        List<Rejection> seen = new ArrayList<>();
        ImportLog log = ImportLog.lenient(seen::add);
        List<LocalDate> days = read(csv("id,day,n\na,2025-01-06,\nb, 2025/1/6 ,\na,2025-01-07,\nc,2025-01-08,2\n,2025-01-09,\n"),
                log);
        assertEquals(List.of(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10)), days);
        assertEquals(new RowCounts("things.csv", 2, 2, 1), log.counts("things.csv"));
        assertEquals(5, log.counts("things.csv").rows());
        assertEquals(new Rejection("things.csv", 3, "day", " 2025/1/6 ", "must be an ISO-8601 date such as 2025-01-06"),
                seen.get(0));
        assertEquals("things.csv:4: id repeats the record of line 2: \"a\"", seen.get(1).toString());
        assertEquals("things.csv:6: id is required: \"\"", seen.get(2).toString());
    }

    @Test
    void aStrictLogStopsAtTheFirstBadRowButNotAtARepeat() {
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> read(csv("id,day\na,2025-01-06\na,2025-01-06\nb,never\n"), ImportLog.strict()));
        assertEquals(4, e.rejection().line());
    }

    @Test
    void aMissingColumnStopsTheImportAndAnEmptyFileStillHasItsLine() {
        ImportLog log = ImportLog.lenient(r -> { });
        assertThrows(CsvFormatException.class, () -> read(csv("id\na\n"), log));
        read(csv("id,day\n"), log);
        assertEquals(new RowCounts("things.csv", 0, 0, 0), log.counts().get(0));
    }

    @Test
    void aHugeCellIsCutWhenARejectionIsPrinted() {
        String big = "x".repeat(10_000);
        String shown = new Rejection("f.csv", 2, "day", big, "must be a date").toString();
        assertEquals(true, shown.length() < 300, shown);
        assertEquals(true, shown.endsWith("…\" (10000 characters)"), shown);
    }
}
