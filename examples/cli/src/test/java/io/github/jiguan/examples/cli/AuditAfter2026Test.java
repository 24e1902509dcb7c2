package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2027 audit, for which Jiguan ships no State Council arrangement: it runs with --weekends-only
 * and a warning naming 2027, or with a calendar.csv that declares 2027, and fails with the options
 * to use otherwise.
 */
class AuditAfter2026Test {

    @TempDir
    static Path dir;

    @BeforeAll
    static void sampleOf2027() {
        CliRun sample = CliRun.of("sample", "--out", dir.toString(), "--from", "2026-12-28", "--days", "21",
                "--vehicles", "4", "--weekends-only");
        assertEquals(0, sample.status(), sample.err());
        assertTrue(sample.err().contains("warning: no holiday arrangement for 2027"), sample.err());
    }

    private static CliRun reconcile(String... extra) {
        List<String> args = new ArrayList<>(List.of("reconcile",
                "--vehicles", dir.resolve("vehicles.csv").toString(), "--orders", dir.resolve("orders.csv").toString(),
                "--fixes", dir.resolve("fixes.csv").toString(), "--from", "2026-12-28", "--to", "2027-01-18",
                "--out", dir.resolve("findings.csv").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static void assertNamesTheOptions(String err) {
        assertTrue(err.contains("no holiday arrangement for 2027 (the work calendar covers 2020–2026)"), err);
        assertTrue(err.contains("--calendar FILE") && err.contains("--weekends-only") && err.contains("2027,YEAR"), err);
        assertFalse(err.contains("Exception") || err.contains("withArrangement")
                || err.contains("withWeekendsOnlyForUncoveredYears") || err.contains("\tat "), err);
    }

    @Test
    void sampleFrom2027WithoutWeekendsOnlyFailsNamingTheOptions() {
        CliRun r = CliRun.of("sample", "--out", dir.resolve("none").toString(), "--from", "2027-01-04", "--days", "7",
                "--vehicles", "2");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("jiguan sample: "), r.err());
        assertNamesTheOptions(r.err());
        assertFalse(Files.exists(dir.resolve("none").resolve("fixes.csv")), "nothing written");
    }

    @Test
    void reconcileWithoutCalendarDataFailsBeforeReadingNamingTheOptions() {
        CliRun r = reconcile();
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("jiguan reconcile: "), r.err());
        assertNamesTheOptions(r.err());
        assertFalse(r.out().contains("fixes read"), r.out());
    }

    @Test
    void reconcileWithWeekendsOnlyRunsAndWarnsNamingTheYear() throws IOException {
        CliRun r = reconcile("--weekends-only");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("jiguan reconcile: warning: no holiday arrangement for 2027; treated as Monday to"
                + " Friday (--weekends-only)"), r.err());
        assertFalse(r.err().contains("2026;") || r.err().contains("2026,"), "2026 is covered: " + r.err());
        assertTrue(Files.readAllLines(dir.resolve("findings.csv"), StandardCharsets.UTF_8).size() > 1);
    }

    @Test
    void reconcileWithACalendarThatDeclares2027RunsWithoutWarningAndUsesItsDays() throws IOException {
        Path calendar = dir.resolve("calendar-2027.csv");
        // 1 January is a holiday every year (全国年节及纪念日放假办法); a test needs no more of 2027
        Files.writeString(calendar, "date,kind\n2027,YEAR\n2027-01-01,HOLIDAY\n", StandardCharsets.UTF_8);
        CliRun r = reconcile("--calendar", calendar.toString());
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("warning"), r.err());

        CliRun days = CliRun.of("calendar", "--from", "2026-12-28", "--to", "2027-01-18", "--calendar", calendar.toString());
        assertEquals(0, days.status(), days.err());
        assertEquals(List.of("date,kind", "2027-01-01,HOLIDAY"), days.lines());
    }

    @Test
    void simulateTakesTheCalendarOptionsToo() {
        CliRun r = CliRun.of("simulate", "--out", dir.resolve("sim").toString(), "--plan-only", "--from", "2027-01-04",
                "--days", "2", "--vehicles", "2");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("jiguan simulate: "), r.err());
        assertNamesTheOptions(r.err());
        CliRun lenient = CliRun.of("simulate", "--out", dir.resolve("sim").toString(), "--plan-only", "--from",
                "2027-01-04", "--days", "2", "--vehicles", "2", "--weekends-only");
        assertEquals(0, lenient.status(), lenient.err());
        assertTrue(lenient.err().contains("jiguan simulate: warning: no holiday arrangement for 2027"), lenient.err());
    }

    @Test
    void complaintTakesTheCalendarOptionsToo() {
        String data = Path.of("..", "data", "vehicles").toString();
        CliRun r = CliRun.of("complaint", "--plate", "冀H10004", "--time", "2027-02-12T14:05+08:00", "--data", data,
                "--out", dir.resolve("complaint").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("jiguan complaint: "), r.err());
        assertNamesTheOptions(r.err());
        CliRun lenient = CliRun.of("complaint", "--plate", "冀H10004", "--time", "2027-02-12T14:05+08:00", "--data", data,
                "--out", dir.resolve("complaint").toString(), "--weekends-only");
        assertEquals(0, lenient.status(), lenient.err());
        assertTrue(lenient.err().contains("jiguan complaint: warning: no holiday arrangement for 2027"), lenient.err());
    }

    @Test
    void demoFailsNamingTheCalendarOptionsBeforeStartingAnything() {
        Path out = dir.resolve("demo-2027");
        CliRun r = CliRun.of("demo", "--out", out.toString(), "--from", "2027-01-04", "--days", "3", "--vehicles", "2");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("jiguan demo: "), r.err());
        assertNamesTheOptions(r.err());
        assertFalse(Files.exists(out), "nothing started, nothing written");
    }

    @Test
    void theCalendarCommandWarnsForEachYearTreatedAsMondayToFriday() {
        CliRun r = CliRun.of("calendar", "--from", "2026-12-01", "--to", "2029-01-01", "--weekends-only");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("no holiday arrangement for 2027, 2028; treated as Monday to Friday"), r.err());
        assertTrue(r.err().contains("the holidays of those years count as working days"), r.err());
    }
}
