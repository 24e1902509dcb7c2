package io.github.jiguan.examples.gateway.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.examples.gateway.simulator.FleetPlan;
import io.github.jiguan.examples.gateway.simulator.Simulation;
import io.github.jiguan.examples.gateway.simulator.SimulationConfig;
import io.github.jiguan.examples.gateway.simulator.SimulationReport;
import io.github.jiguan.examples.gateway.storage.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway process is killed (SIGKILL) in the middle of a run over an H2 file and started again on
 * the same file. The terminals reconnect, authenticate with the codes they were issued before the kill
 * and retransmit; every acknowledged location is then in the file exactly once.
 */
class KilledGatewayTest {

    @TempDir
    Path dir;

    static Process gateway(int port, String url, Path register) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                GatewayProcess.class.getName(), Integer.toString(port), url, register.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("LISTENING ")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "gateway-output");
                drain.setDaemon(true);
                drain.start();
                return p;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the gateway process did not start");
    }

    @Test
    void everyAcknowledgedLocationIsStoredOnceAfterTheGatewayIsKilledAndRestarted() throws Exception {
        FleetPlan plan = FleetPlan.generate(SimulationConfig.builder().vehicles(8).days(1).maxRate(400)
                .retransmission(Duration.ofSeconds(1), 3).faults(0, 0.1).build());
        Path register = dir.resolve("vehicles.csv");
        plan.writeRegister(register);
        // without WRITE_DELAY=0 in the URL: the gateway must make H2 write commits through by itself
        String url = Database.h2FileUrl(dir).replace(";WRITE_DELAY=0", "");
        int port = PostgresOutageTest.freePort();
        Process first = gateway(port, url, register);
        Simulation sim = plan.start(new InetSocketAddress("127.0.0.1", port));
        Process second = null;
        try {
            while (sim.progress().acknowledged() < plan.fixCount() / 3) {
                LockSupport.parkNanos(20_000_000);
            }
            first.destroyForcibly();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, first.exitValue(), "killed by SIGKILL");
            second = gateway(port, url, register);
            SimulationReport r = sim.await(Duration.ofSeconds(120));
            assertTrue(r.complete(), r.toString());
            assertTrue(r.reconnects() >= 8, "every terminal reconnected: " + r);
            second.getOutputStream().close();
            assertTrue(second.waitFor(30, TimeUnit.SECONDS));
            try (Database db = Database.open(url, null, null, 2)) {
                SimulationReport.Verification v = r.verify(db);
                assertEquals(0, v.missing(), v.toString());
                assertEquals(v.acknowledged(), v.stored(), "each acknowledged location once, nothing else: " + v);
            }
        } finally {
            sim.close();
            first.destroyForcibly();
            if (second != null) {
                second.destroyForcibly();
            }
        }
    }
}
