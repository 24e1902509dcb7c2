package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jiguan demo as a user runs it, on a small county: what it prints and what it writes. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void theDemoWritesItsReportDirectoryAndMatchesTheInjectedTruth() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("demo", "--out", out.toString(), "--vehicles", "8", "--days", "8");
        assertEquals(0, r.status(), r.out() + r.err());
        List<String> lines = r.lines();
        // not a terminal: plain lines, one when a stage starts and one when it ends
        assertTrue(lines.contains("[1/8] county fleet ..."), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[4/8] acknowledged = stored done in")
                && l.endsWith(" 0 missing")), r.out());
        assertTrue(lines.stream().noneMatch(l -> l.contains("\r")), "no bar redrawn in a log");
        assertTrue(lines.contains("report: " + out.resolve("report.html").toAbsolutePath().normalize()), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("MATCH: ") && l.endsWith(" 0 missed, 0 findings not injected")),
                r.out());
        for (String file : List.of("report.html", "findings.csv", "findings.jsonl", "reconcile-findings.csv",
                "office-findings.csv", "vehicle-findings.csv", "summary.csv", "units.csv", "fuel-disclosure.csv",
                "fuel-disclosure.html", "truth.csv", "input/orders.csv", "input/persons.csv", "input/fuel.csv",
                "database/jiguan-gateway.mv.db")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        long findings = Files.readAllLines(out.resolve("findings.csv")).size() - 1;
        assertEquals(findings, Files.readAllLines(out.resolve("findings.jsonl")).size());
        assertEquals(findings, Stream.of("reconcile", "office", "vehicle").mapToLong(a -> {
            try {
                return Files.readAllLines(out.resolve(a + "-findings.csv")).size() - 1;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).sum());
        assertTrue(Files.readAllLines(out.resolve("truth.csv")).stream().skip(1).allMatch(l -> l.endsWith(",matched")));
        try (Stream<Path> written = Files.list(dir)) {
            assertEquals(List.of(out), written.toList(), "nothing is written outside --out");
        }
    }

    @Test
    void aFleetTooSmallForTheDemoIsABadCommandLine() {
        CliRun r = CliRun.of("demo", "--out", dir.resolve("x").toString(), "--vehicles", "3");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("vehicles must be in [6, 2000]: 3"), r.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }
}
