package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command of examples/data/README.md, on the shipped example files, finds what that page says. */
class ExampleDataTest {

    private static final Path DATA = Path.of("../data");

    @TempDir
    Path out;

    private static String data(String file) {
        return DATA.resolve(file).toString();
    }

    private static List<String> keys(Path findings, String... columns) {
        List<String> keys = new ArrayList<>();
        try (CsvReader r = CsvReader.open(findings)) {
            for (CsvRow row = r.next(); row != null; row = r.next()) {
                List<String> k = new ArrayList<>();
                for (String c : columns) {
                    k.add(row.get(c));
                }
                keys.add(String.join(":", k));
            }
        }
        return keys;
    }

    private static void assertClean(CliRun r) {
        assertEquals(0, r.status(), r.err());
        assertTrue(!r.err().contains("rejected"), r.err());
    }

    @Test
    void reconcileFindsTheThreeInjectedViolationsAndScoresThem() {
        Path findings = out.resolve("reconcile/findings.csv");
        CliRun r = CliRun.of("reconcile", "--vehicles", data("reconcile/vehicles.csv"), "--orders",
                data("reconcile/orders.csv"), "--fixes", data("reconcile/fixes.csv"), "--from", "2025-01-06", "--to",
                "2025-01-20", "--out", findings.toString(), "--summary", out.resolve("reconcile/summary.csv").toString(),
                "--truth", data("reconcile/injected.csv"));
        assertClean(r);
        assertEquals(List.of("TRIP_WITHOUT_ORDER:V0001:", "TRIP_WITHOUT_ORDER:V0001:",
                "ORDER_WINDOW_EXCEEDED:V0002:PC2025011500012"), keys(findings, "type", "vehicle_id", "order_id"));
        assertTrue(r.out().contains("3,590 fixes read"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  total +3 +3 +0 +0 +\\d+ s\\n.*"), r.out());
    }

    @Test
    void officeAuditFindsTheTenDescribedFindings() {
        Path findings = out.resolve("office/findings.csv");
        CliRun r = CliRun.of("office-audit", "--persons", data("office-audit/persons.csv"), "--rooms", data("office-audit/rooms.csv"),
                "--as-of", "2025-06-30", "--out", findings.toString(), "--units", out.resolve("office/units.csv").toString());
        assertClean(r);
        assertEquals(List.of("OFFICE_OVER_STANDARD:P001:R101", "OFFICE_OVER_STANDARD:P005:R106",
                "MULTIPLE_OFFICES:P005:R105;R106", "NOT_VACATED:P004:R104", "LEASED_OUT::R109", "IDLE_ROOM::R108",
                "UNIT_OVER_APPROVED_AREA::", "UNIT_OVER_APPROVED_AREA::", "UNIT_OVER_APPROVED_AREA::",
                "UNKNOWN_OCCUPANT::R203"), keys(findings, "type", "person_id", "room_id"));
        assertTrue(Files.exists(out.resolve("office/units.csv")));

        CliRun province = CliRun.of("office-audit", "--persons", data("office-audit/persons.csv"), "--rooms",
                data("office-audit/rooms.csv"), "--as-of", "2025-06-30", "--out", out.resolve("office/p.csv").toString(),
                "--standard", data("office-audit/province-office.csv"));
        assertClean(province);
    }

    @Test
    void vehicleAuditFindsTheSevenDescribedFindingsAndDisclosesEighteenVehicleMonths() throws Exception {
        Path findings = out.resolve("vehicles/findings.csv");
        CliRun r = CliRun.of("vehicle-audit", "--vehicles", data("vehicle-audit/vehicles.csv"), "--quotas",
                data("vehicle-audit/quotas.csv"), "--fuel", data("vehicle-audit/fuel.csv"), "--trips", data("vehicle-audit/trips.csv"),
                "--as-of", "2025-06-30", "--out", findings.toString(),
                "--disclosure-csv", out.resolve("vehicles/disclosure.csv").toString(),
                "--disclosure-html", out.resolve("vehicles/disclosure.html").toString());
        assertClean(r);
        assertEquals(List.of("OVER_CONFIGURATION_STANDARD:V03:A01", "REPLACEMENT_ELIGIBLE:V01:A01",
                "MARKING_MISSING:V02:A01", "OVER_QUOTA::A01", "NEW_ENERGY_SHARE_BELOW_TARGET::A02",
                "FUEL_ANOMALY:V01:A01", "RECORD_INCOMPLETE:V07:A02"), keys(findings, "type", "vehicle_id", "agency_id"));
        assertTrue(r.out().contains("18 vehicle-months disclosed"), r.out());
        assertTrue(Files.readString(out.resolve("vehicles/disclosure.html")).contains("V01"));
    }

    @Test
    void decodeReadsTheFourFramesAndMarksTheAlteredOneUnverified() {
        CliRun r = CliRun.of("decode", "--in", data("codec/frames.hex"));
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.lines();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("{\"msgId\":\"0x0002\"") && lines.get(0).contains("\"verified\":true"));
        assertTrue(lines.get(2).contains("\"msgId\":\"0x0200\"") && lines.get(2).contains("\"latitude\":40.973912"));
        assertTrue(lines.get(3).contains("\"verified\":false"), lines.get(3));
        CliRun strict = CliRun.of("decode", "--in", data("codec/frames.hex"), "--strict");
        assertTrue(strict.lines().get(3).startsWith("{\"error\""), strict.out());
    }

    @Test
    void theExampleCalendarDeclares2027ForCalendarAndSample() {
        CliRun cal = CliRun.of("calendar", "--from", "2026-12-01", "--to", "2027-02-01", "--calendar",
                data("calendar-2027-example.csv"));
        assertClean(cal);
        assertEquals(List.of("date,kind", "2027-01-01,HOLIDAY"), cal.lines());
        CliRun sample = CliRun.of("sample", "--out", out.resolve("sample-2027").toString(), "--from", "2027-01-04",
                "--days", "14", "--vehicles", "3", "--calendar", data("calendar-2027-example.csv"));
        assertClean(sample);
        assertTrue(!sample.err().contains("warning"), sample.err());
        CliRun without = CliRun.of("sample", "--out", out.resolve("none").toString(), "--from", "2027-01-04");
        assertEquals(1, without.status());
        assertTrue(without.err().contains("--calendar FILE") && without.err().contains("--weekends-only"), without.err());
    }
}
