package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.examples.gateway.Gateway;
import io.github.jiguan.examples.gateway.GatewayConfig;
import io.github.jiguan.examples.gateway.register.RegisterCsv;
import io.github.jiguan.examples.gateway.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate, export and reconcile --jdbc-url against a gateway, as a user runs them. */
class GatewayCommandsTest {

    @TempDir
    Path dir;

    @Test
    void aSimulatedFleetReconciledFromTheDatabaseGivesTheFindingsOfItsExportedFixes() throws IOException {
        Path plan = dir.resolve("plan");
        CliRun planned = CliRun.of("simulate", "--out", plan.toString(), "--vehicles", "12", "--days", "10",
                "--plan-only");
        assertEquals(0, planned.status(), planned.err());
        assertTrue(Files.readString(plan.resolve("vehicles.csv")).startsWith(String.join(",", RegisterCsv.HEADER)));
        String url = Database.h2FileUrl(dir.resolve("db"));
        try (Gateway gateway = Gateway.start(GatewayConfig.builder().host("127.0.0.1").port(0).jdbc(url, null, null)
                .registerFile(plan.resolve("vehicles.csv")).build())) {
            CliRun sim = CliRun.of("simulate", "--out", plan.toString(), "--vehicles", "12", "--days", "10",
                    "--port", Integer.toString(gateway.port()), "--window", "32", "--timeout", "120",
                    "--verify-jdbc-url", url);
            assertEquals(0, sim.status(), sim.out() + sim.err());
            assertTrue(sim.out().contains(", 0 missing,"), sim.out());
            // reconcile --jdbc-url reads a day either side of the period (trips over its edges): export as much
            CliRun export = CliRun.of("export", "--jdbc-url", url, "--from", "2025-01-05", "--to", "2025-01-17",
                    "--out", dir.resolve("fixes.csv").toString());
            assertEquals(0, export.status(), export.err());
            CliRun fromDb = CliRun.of("reconcile", "--jdbc-url", url, "--orders", plan.resolve("orders.csv").toString(),
                    "--from", "2025-01-06", "--to", "2025-01-16", "--out", dir.resolve("db-findings.csv").toString());
            assertEquals(0, fromDb.status(), fromDb.err());
            CliRun fromCsv = CliRun.of("reconcile", "--vehicles", plan.resolve("vehicles.csv").toString(), "--orders",
                    plan.resolve("orders.csv").toString(), "--fixes", dir.resolve("fixes.csv").toString(), "--from",
                    "2025-01-06", "--to", "2025-01-16", "--out", dir.resolve("csv-findings.csv").toString());
            assertEquals(0, fromCsv.status(), fromCsv.err());
            assertEquals(Files.readAllLines(dir.resolve("csv-findings.csv")), Files.readAllLines(dir.resolve("db-findings.csv")));
            assertTrue(Files.readAllLines(dir.resolve("db-findings.csv")).size() > 8, "the injected violations are found");
        }
    }

    @Test
    void reconcileNeedsFixesOrADatabase() {
        CliRun r = CliRun.of("reconcile", "--orders", "o.csv", "--from", "2025-01-06", "--to", "2025-01-07", "--out",
                dir.resolve("f.csv").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--jdbc-url"), r.err());
    }

    @Test
    void aGatewayThatCannotOpenItsDatabaseSaysSoAndExits1() {
        CliRun r = CliRun.of("gateway", "--port", "0", "--jdbc-url", "jdbc:mysql://nowhere/db");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("cannot start"), r.err());
    }
}
