package io.github.jiguan.examples.gateway.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.examples.gateway.Gateway;
import io.github.jiguan.examples.gateway.GatewayConfig;
import io.github.jiguan.examples.gateway.simulator.FleetPlan;
import io.github.jiguan.examples.gateway.simulator.Simulation;
import io.github.jiguan.examples.gateway.simulator.SimulationConfig;
import io.github.jiguan.examples.gateway.simulator.SimulationReport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL server stops in the middle of a run and starts again. While it is down the gateway
 * acknowledges nothing; the terminals retransmit; afterwards every acknowledged location is in the
 * database exactly once.
 */
class PostgresOutageTest {

    @TempDir
    Path dir;

    static EmbeddedPostgres start(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void everyAcknowledgedLocationIsStoredOnceAfterTheServerStopsAndStartsAgain() throws Exception {
        Path data = dir.resolve("pg");
        int port = freePort();
        EmbeddedPostgres pg = start(data, port);
        FleetPlan plan = FleetPlan.generate(SimulationConfig.builder().vehicles(12).days(1).maxRate(500)
                .retransmission(Duration.ofSeconds(1), 3).faults(0, 0.1).build());
        String url = pg.getJdbcUrl("postgres", "postgres");
        try (Gateway gateway = Gateway.start(GatewayConfig.builder().host("127.0.0.1").port(0).jdbc(url, "postgres", null)
                .build(), plan.register())) {
            Simulation sim = plan.start(new InetSocketAddress("127.0.0.1", gateway.port()));
            while (sim.progress().acknowledged() < plan.fixCount() / 4) {
                LockSupport.parkNanos(20_000_000);
            }
            long ackedBefore = sim.progress().acknowledged();
            pg.close();
            Thread.sleep(4_000);
            long ackedWhileDown = sim.progress().acknowledged() - ackedBefore;
            boolean storageDown = gateway.metrics().registry().get("jt808.storage.down").gauge().value() == 1.0;
            pg = start(data, port);
            SimulationReport r = sim.await(Duration.ofSeconds(120));
            assertTrue(r.complete(), r.toString());
            assertTrue(storageDown, "the writer saw the database down");
            assertTrue(ackedWhileDown < 500, "little is acknowledged once the server is down: " + ackedWhileDown);
            assertTrue(r.retransmissions() > 0, "the terminals retransmitted: " + r);
            SimulationReport.Verification v = r.verify(gateway.database());
            assertEquals(0, v.missing(), v.toString());
            assertEquals(v.acknowledged(), v.stored(), "each acknowledged location once, nothing else: " + v);
        } finally {
            pg.close();
        }
    }
}
