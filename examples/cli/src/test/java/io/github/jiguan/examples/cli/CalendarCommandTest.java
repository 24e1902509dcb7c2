package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void printsEveryDateThatDiffersFromMondayToFridayOver2020To2026() {
        CliRun r = run("calendar", "--from", "2020-01-01", "--to", "2027-01-01");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.lines();
        assertEquals("date,kind", lines.get(0));
        assertEquals("2020-01-01,HOLIDAY", lines.get(1));
        assertEquals("2026-10-10,WORKDAY", lines.get(lines.size() - 1));
        assertEquals(176, lines.size(), "header and 175 dates");
        assertTrue(lines.contains("2020-01-31,HOLIDAY"), "the 2020 extension");
        assertTrue(!lines.contains("2020-02-01,WORKDAY"), "the cancelled worked Saturday");
        List<String> dates = lines.subList(1, lines.size());
        assertEquals(dates.stream().sorted().toList(), dates, "sorted");
        assertEquals("", r.err());
    }

    @Test
    void theRangeIsHalfOpen() {
        CliRun r = run("calendar", "--from", "2025-10-01", "--to", "2025-10-11");
        assertEquals(List.of("date,kind", "2025-10-01,HOLIDAY", "2025-10-02,HOLIDAY", "2025-10-03,HOLIDAY",
                "2025-10-06,HOLIDAY", "2025-10-07,HOLIDAY", "2025-10-08,HOLIDAY"), r.lines());
    }

    @Test
    void appliesACalendarCsvAndReportsItsBadRows(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("calendar.csv");
        Files.writeString(csv, "date,kind\n2025-10-09,HOLIDAY\n2025-10-11,HOLIDAY\n2025-10-10,HOLIDAY?\n",
                StandardCharsets.UTF_8);
        CliRun r = run("calendar", "--from", "2025-10-08", "--to", "2025-10-12", "--calendar", csv.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("date,kind", "2025-10-08,HOLIDAY", "2025-10-09,HOLIDAY"), r.lines());
        assertTrue(r.err().contains("rejected calendar.csv:4: kind must be HOLIDAY, WORKDAY or YEAR: \"HOLIDAY?\""), r.err());
        assertTrue(r.err().contains("calendar.csv: 3 rows: 2 accepted, 1 rejected, 0 repeats"), r.err());

        CliRun strict = run("calendar", "--from", "2025-10-08", "--to", "2025-10-12", "--calendar", csv.toString(), "--strict");
        assertEquals(1, strict.status());
        assertEquals("", strict.out());
        assertTrue(strict.err().startsWith("jiguan calendar: calendar.csv:4: kind"), strict.err());
    }

    @Test
    void anUncoveredYearIsAClearErrorUnlessWeekendsOnlyIsChosen() {
        CliRun r = run("calendar", "--from", "2026-12-01", "--to", "2027-02-01");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("jiguan calendar: no holiday arrangement for 2027"), r.err());
        assertTrue(r.err().contains("--weekends-only") && !r.err().contains("Exception"), r.err());

        CliRun lenient = run("calendar", "--from", "2026-12-01", "--to", "2027-02-01", "--weekends-only");
        assertEquals(0, lenient.status(), lenient.err());
        assertEquals(List.of("date,kind"), lenient.lines());
    }

    @Test
    void aBadRangeOrDateIsAUsageError() {
        CliRun backwards = run("calendar", "--from", "2025-01-02", "--to", "2025-01-01");
        assertEquals(2, backwards.status());
        assertTrue(backwards.err().contains("--to 2025-01-01 is before --from 2025-01-02"), backwards.err());
        CliRun badDate = run("calendar", "--from", "2025-13-01", "--to", "2026-01-01");
        assertEquals(2, badDate.status());
        assertTrue(badDate.err().contains("--from"), badDate.err());
        CliRun missing = run("calendar", "--from", "2025-01-01");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("Missing required option: '--to=DATE'"), missing.err());
    }

    @Test
    void anUnreadableCalendarFileIsAnError(@TempDir Path dir) {
        CliRun r = run("calendar", "--from", "2025-01-01", "--to", "2025-02-01", "--calendar",
                dir.resolve("nope.csv").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("jiguan calendar: cannot read"), r.err());
    }
}
