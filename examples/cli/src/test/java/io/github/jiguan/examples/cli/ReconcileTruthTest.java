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

/** {@code reconcile --truth injected.csv}: the findings of the default sample scored against its truth. */
class ReconcileTruthTest {

    @TempDir
    Path dir;

    private CliRun reconcile(Path truth) {
        return CliRun.of("reconcile", "--vehicles", dir.resolve("vehicles.csv").toString(),
                "--orders", dir.resolve("orders.csv").toString(), "--fixes", dir.resolve("fixes.csv").toString(),
                "--from", "2025-01-06", "--to", "2025-03-10", "--out", dir.resolve("findings.csv").toString(),
                "--truth", truth.toString());
    }

    @Test
    void theDefaultSampleScoresEveryInjectedViolationMatchedAndNoneExtra() throws IOException {
        CliRun sample = CliRun.of("sample", "--out", dir.toString());
        assertEquals(0, sample.status(), sample.err());
        CliRun run = reconcile(dir.resolve("injected.csv"));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("scored against injected.csv (same type, vehicle and order; intervals overlapping"
                + " once widened by 5 min at both ends):"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  TRIP_WITHOUT_ORDER +4 +4 +0 +0 +\\d+ s\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  total +25 +25 +0 +0 +\\d+ s\\n.*"), run.out());

        // a truth with one row removed and one moved by a day: one missed, two extra
        List<String> rows = Files.readAllLines(dir.resolve("injected.csv"), StandardCharsets.UTF_8);
        String moved = rows.get(2).replace("2025-01-13T", "2025-01-14T");
        Path edited = dir.resolve("edited.csv");
        Files.write(edited, List.of(rows.get(0), moved, rows.get(3)), StandardCharsets.UTF_8);
        CliRun scored = reconcile(edited);
        assertEquals(0, scored.status(), scored.err());
        assertTrue(scored.out().matches("(?s).*\\n  total +2 +1 +1 +24 +\\d+ s\\n.*"), scored.out());
        assertTrue(scored.out().contains("  missed TRIP_WITHOUT_ORDER V0001  2025-01-14T"), scored.out());
        assertTrue(scored.out().contains("(the first 10 missed and extra rows are listed)"), scored.out());
    }
}
