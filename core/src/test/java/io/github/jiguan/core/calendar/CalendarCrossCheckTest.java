package io.github.jiguan.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the shipped State Council data with a second, independent transcription: the data of
 * the npm packages chinese-days and holiday-calendar, reduced to calendar.csv rows by
 * core/src/test/scripts/crosscheck-calendar.sh and committed as fixtures (see SOURCES.txt beside
 * them). Every date of 2020–2026 is compared, so a date missing on either side fails too.
 */
class CalendarCrossCheckTest {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2027, 1, 1);

    private static Map<LocalDate, String> fixture(String name) {
        Map<LocalDate, String> rows = new TreeMap<>();
        var in = CalendarCrossCheckTest.class.getResourceAsStream("crosscheck/" + name);
        try (CsvReader csv = CsvReader.of(new InputStreamReader(in, StandardCharsets.UTF_8), name)) {
            csv.requireColumns(CalendarCsv.HEADER);
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                rows.put(LocalDate.parse(row.get("date")), row.get("kind"));
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chinese-days.csv", "holiday-calendar.csv"})
    void theShippedCalendarAgreesWithTheNpmPackageOnEveryDate(String name) {
        Map<LocalDate, String> expected = fixture(name);
        assertTrue(expected.size() > 150, "fixture " + name + " looks truncated: " + expected.size());
        WorkCalendar cn = WorkCalendar.chinaOfficial();
        List<String> disagreements = new ArrayList<>();
        for (LocalDate d = FROM; d.isBefore(TO); d = d.plusDays(1)) {
            String ours = cn.kindOf(d).csvCode();
            String theirs = expected.getOrDefault(d, "");
            if (!ours.equals(theirs)) {
                disagreements.add(d + " " + d.getDayOfWeek() + ": shipped '" + ours + "', " + name + " '" + theirs + "'");
            }
        }
        assertEquals(List.of(), disagreements);
    }
}
