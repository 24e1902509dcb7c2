package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {

    @TempDir
    Path dir;

    private static List<String> rows(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).toList();
    }

    private static String key(String csvRow) {
        String[] f = csvRow.split(",", 4);
        return f[0] + "," + f[1] + "," + f[2];
    }

    @Test
    void sampleThenReconcileFindsWhatWasInjected() throws IOException {
        CliRun sample = CliRun.of("sample", "--out", dir.toString());
        assertEquals(0, sample.status(), sample.err());
        assertTrue(sample.out().contains("30 vehicles"), sample.out());
        Path findings = dir.resolve("findings.csv");
        Path summary = dir.resolve("summary.csv");
        CliRun run = CliRun.of("reconcile", "--vehicles", dir.resolve("vehicles.csv").toString(),
                "--orders", dir.resolve("orders.csv").toString(), "--fixes", dir.resolve("fixes.csv").toString(),
                "--from", "2025-01-06", "--to", "2025-03-10", "--out", findings.toString(),
                "--summary", summary.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("type,vehicle_id,order_id,start,end,detail,type_zh,rule,evidence", Files.readAllLines(findings).get(0));
        assertEquals(rows(dir.resolve("injected.csv")).stream().map(ReconcileCommandTest::key).sorted().toList(),
                rows(findings).stream().map(ReconcileCommandTest::key).sorted().toList());
        assertTrue(run.out().contains("TRIP_WITHOUT_ORDER         有轨迹无订单"), run.out());
        assertTrue(run.out().contains("offline rate 离线率 2.01%"), run.out());
        assertTrue(rows(summary).stream().anyMatch(r -> r.startsWith("TOTAL,,,30,")), String.join("\n", rows(summary)));
        assertTrue(rows(summary).stream().noneMatch(r -> r.contains("*")), String.join("\n", rows(summary)));
        assertTrue(rows(summary).stream().anyMatch(r -> r.startsWith("INPUT,orders.csv,") && r.endsWith(",0,0")),
                String.join("\n", rows(summary)));
        assertTrue(run.out().matches("(?s).*orders [\\d,]+ read: [\\d,]+ reconciled, [1-9][\\d,]* cancelled.*"), run.out());
        // Chinese labels padded by display width: the counts line up
        List<String> table = run.out().lines().filter(l -> l.startsWith("  ") && l.matches(".*[A-Z_]+ .*\\d$")
                && !l.contains(".csv")).toList();
        assertEquals(1, table.stream().map(l -> DisplayWidth.of(l)).distinct().count(), String.join("\n", table));
        assertTrue(rows(findings).stream().allMatch(r -> r.contains("+08:00")));
    }

    private void smallFleet(String extraFixRow) throws IOException {
        Files.writeString(dir.resolve("vehicles.csv"), "vehicle_id,plate,agency_id,category,base_lat,base_lon\n"
                + "V1,冀A12345,A01,GENERAL,38.0428,114.5149\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("orders.csv"), "order_id,vehicle_id,created_at,planned_start,planned_end,"
                + "checkout_at,checkin_at,channel,status,off_hours_approved,destination,purpose\n"
                + "O1,V1,2025-01-05T17:00:00+08:00,2025-01-06T09:00:00+08:00,2025-01-06T11:00:00+08:00,,,PAPER,"
                + "COMPLETED,false,县政府,调研\n", StandardCharsets.UTF_8);
        fixes("V1,2025-01-06T08:00:00+08:00,38.0428,114.5149,0,0,0,1,\n" + extraFixRow
                + "V1,2025-01-06T12:00:00+08:00,38.0428,114.5149,0,0,0,1,\n");
    }

    private void fixes(String rows) throws IOException {
        Files.writeString(dir.resolve("fixes.csv"), "vehicle_id,time,lat,lon,speed_kmh,heading,acc,valid,received_at\n"
                + rows, StandardCharsets.UTF_8);
    }

    private CliRun reconcile(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("reconcile",
                "--vehicles", dir.resolve("vehicles.csv").toString(), "--orders", dir.resolve("orders.csv").toString(),
                "--fixes", dir.resolve("fixes.csv").toString(), "--from", "2025-01-06", "--to", "2025-01-07",
                "--out", dir.resolve("findings.csv").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void badRowsAreReportedWithFileLineAndColumnAndTheRunGoesOn() throws IOException {
        smallFleet("V1,2025-01-06 10:00,38.0428,114.5149,0,0,0,1,\n");
        CliRun run = reconcile("--rejected", dir.resolve("rejected.csv").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("rejected fixes.csv:3: time must be an ISO-8601 time with offset"), run.err());
        assertTrue(run.out().contains("(1 rejected rows in all files)"), run.out());
        // the only fix inside the window was the rejected one: the order cannot be verified
        assertEquals(List.of("ORDER_UNVERIFIED_OFFLINE,V1,O1", "PAPER_DISPATCH,V1,O1"),
                rows(dir.resolve("findings.csv")).stream().map(ReconcileCommandTest::key).sorted().toList());
        assertTrue(rows(dir.resolve("rejected.csv")).get(0).startsWith("fixes.csv,3,time,2025-01-06 10:00,"));
    }

    @Test
    void strictStopsAtTheFirstBadRow() throws IOException {
        smallFleet("V1,2025-01-06T10:00:00+08:00,38.0428,114.5149,0,0,2,1,\n");
        CliRun run = reconcile("--strict");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("fixes.csv:3: acc must be 1, 0 or empty"), run.err());
        assertTrue(run.err().contains("--strict"), run.err());
    }

    @Test
    void aFixOfAVehicleNotInTheRegisterIsRejected() throws IOException {
        smallFleet("V2,2025-01-06T10:00:00+08:00,38.0428,114.5149,0,0,1,1,\n");
        CliRun run = reconcile();
        assertEquals(0, run.status());
        assertTrue(run.err().contains("fixes.csv:3: vehicle_id is not in the vehicle register: \"V2\""), run.err());
    }

    @Test
    void aFileMostlyRejectedFailsInsteadOfReportingTheFleetOffline() throws IOException {
        smallFleet("");
        fixes("V1,2025/1/6 8:00,38.0428,114.5149,0,0,0,1,\nV1,2025/1/6 12:00,38.0428,114.5149,0,0,0,1,\n");
        CliRun run = reconcile();
        assertEquals(1, run.status(), run.out());
        assertTrue(run.err().contains("fixes.csv:2: 2 of its 2 rows (100%) were rejected, more than the 50% allowed"),
                run.err());
        CliRun anyway = reconcile("--max-rejected", "100");
        assertEquals(3, anyway.status(), anyway.err()); // no fix is left: warned, not a silent 100% offline rate
    }

    @Test
    void swappedOrMicroDegreeCoordinatesFailLoudly() throws IOException {
        smallFleet("");
        fixes("V1,2025-01-06T08:00:00+08:00,114.5149,38.0428,0,0,0,1,\n");
        CliRun swapped = reconcile();
        assertEquals(1, swapped.status(), swapped.out());
        assertTrue(swapped.err().contains("latitude and longitude look swapped"), swapped.err());
        fixes("V1,2025-01-06T08:00:00+08:00,38042800,114514900,0,0,0,1,\n");
        CliRun micro = reconcile();
        assertEquals(1, micro.status(), micro.out());
        assertTrue(micro.err().contains("look like 1e-6 degrees"), micro.err());
        assertEquals(0, reconcile("--max-far-from-base", "100").status());
    }

    @Test
    void anOrderOfAnUnknownVehicleIsARejectedRow() throws IOException {
        smallFleet("");
        Files.writeString(dir.resolve("orders.csv"), Files.readString(dir.resolve("orders.csv"))
                + "O2,V9,2025-01-05T17:00:00+08:00,2025-01-06T09:00:00+08:00,2025-01-06T11:00:00+08:00,,,ONLINE,"
                + "COMPLETED,false,县政府,调研\n", StandardCharsets.UTF_8);
        CliRun run = reconcile("--rejected", dir.resolve("rejected.csv").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("orders.csv:3: vehicle_id is not in the vehicle register: \"V9\""), run.err());
        assertTrue(rows(dir.resolve("rejected.csv")).get(0).startsWith("orders.csv,3,vehicle_id,V9,"));
        assertEquals(1, reconcile("--strict").status());
    }

    @Test
    void aPeriodWithoutAnyFixIsAWarning() throws IOException {
        smallFleet("");
        CliRun run = CliRun.of("reconcile", "--vehicles", dir.resolve("vehicles.csv").toString(), "--orders",
                dir.resolve("orders.csv").toString(), "--fixes", dir.resolve("fixes.csv").toString(), "--from",
                "2025-02-06", "--to", "2025-02-08", "--out", dir.resolve("findings.csv").toString());
        assertEquals(3, run.status(), run.err());
        assertTrue(run.err().contains("WARNING: not one fix falls in the period"), run.err());
    }

    @Test
    void aGbkFileIsRecognisedAndReadWithTheEncodingOption() throws IOException {
        smallFleet("");
        for (String name : List.of("vehicles.csv", "orders.csv", "fixes.csv")) {
            Path file = dir.resolve(name);
            Files.write(file, Files.readString(file).getBytes(java.nio.charset.Charset.forName("GB18030")));
        }
        CliRun run = reconcile();
        assertEquals(1, run.status());
        assertTrue(run.err().contains("vehicles.csv:2: is not valid UTF-8") && run.err().contains("GBK/GB18030")
                && run.err().contains("--encoding GB18030"), run.err());
        CliRun again = reconcile("--encoding", "GB18030");
        assertEquals(0, again.status(), again.err());
    }

    @Test
    void toMustBeAfterFrom() throws IOException {
        smallFleet("");
        CliRun run = CliRun.of("reconcile", "--vehicles", "v", "--orders", "o", "--fixes", "f", "--from", "2025-01-06",
                "--to", "2025-01-06", "--out", "x");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("must be after --from"), run.err());
    }

    @Test
    void aMissingFileIsAnError() {
        CliRun run = reconcile();
        assertEquals(1, run.status());
        assertTrue(run.err().contains("jiguan reconcile: cannot read"), run.err());
    }

    @Test
    void helpListsTheCommands() {
        CliRun help = CliRun.of("--help");
        assertTrue(help.out().contains("reconcile") && help.out().contains("sample"), help.out());
    }
}
