package io.github.jiguan.examples.gateway.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.examples.gateway.Gateway;
import io.github.jiguan.examples.gateway.GatewayConfig;
import io.github.jiguan.examples.gateway.TestDatabases;
import io.github.jiguan.examples.gateway.TestTerminal;
import io.github.jiguan.examples.gateway.simulator.FleetPlan;
import io.github.jiguan.examples.gateway.simulator.Simulation;
import io.github.jiguan.examples.gateway.simulator.SimulationConfig;
import io.github.jiguan.examples.gateway.simulator.SimulationReport;
import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.Heartbeat;
import io.github.jiguan.telematics.jt808.message.RawBody;
import io.github.jiguan.telematics.jt808.message.Octets;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a fleet reports through the gateway, other connections send garbage, wrong check codes,
 * oversized and truncated frames, drop mid-frame, flood subpackage fragments and send 0x7e storms. The
 * gateway keeps serving the fleet and stores every location it acknowledged.
 */
class BadInputTest {

    @TempDir
    Path dir;

    static final Jt808Encoder ENCODER = Jt808Encoder.standard();

    interface Attack {
        void run(OutputStream out, SplittableRandom random) throws Exception;
    }

    static void garbage(OutputStream out, SplittableRandom random) throws Exception {
        byte[] b = new byte[64 * 1024];
        for (int i = 0; i < 30; i++) {
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) random.nextInt(256);
            }
            out.write(b);
        }
    }

    static byte[] heartbeat(String phone, int serial) {
        return ENCODER.encode(Jt808Header.of(0x0002, ProtocolVersion.V2013, phone, serial), new Heartbeat());
    }

    static void wrongCheckCodes(OutputStream out, SplittableRandom random) throws Exception {
        for (int i = 0; i < 500; i++) {
            byte[] f = heartbeat("13000000001", i);
            f[f.length - 2] ^= 0x5a;
            out.write(f);
        }
    }

    static void oversizedAndTruncated(OutputStream out, SplittableRandom random) throws Exception {
        byte[] huge = new byte[200_000];
        Arrays.fill(huge, (byte) 0x42);
        huge[0] = 0x7e;
        out.write(huge);
        for (int i = 0; i < 200; i++) {
            byte[] f = heartbeat("13000000002", i);
            out.write(Arrays.copyOf(f, 1 + random.nextInt(f.length - 2)));
            out.write(0x7e); // the truncated frame is closed early
        }
    }

    static void dropMidFrame(OutputStream out, SplittableRandom random) throws Exception {
        byte[] f = heartbeat("13000000003", 1);
        out.write(Arrays.copyOf(f, f.length / 2));
    }

    static void fragmentFlood(OutputStream out, SplittableRandom random) throws Exception {
        byte[] body = new byte[1000];
        for (int i = 0; i < 3000; i++) {
            // claims of 60,000 fragments are refused outright; those of 200 are held within the bounds
            int total = i % 2 == 0 ? 60_000 : 200;
            Jt808Header h = Jt808Header.of(0x0900 + (i % 50), ProtocolVersion.V2019, "13000000004", i)
                    .withSubpackage(total, 1 + random.nextInt(total));
            out.write(ENCODER.encode(h, new RawBody(h.messageId(), Octets.of(body))));
        }
    }

    static void storm(OutputStream out, SplittableRandom random) throws Exception {
        byte[] s = new byte[256 * 1024];
        Arrays.fill(s, (byte) 0x7e);
        for (int i = 0; i < 20; i++) {
            out.write(s);
        }
    }

    @Test
    void theFleetIsServedAndStoredWhileOtherConnectionsSendBadInput() throws Exception {
        FleetPlan plan = FleetPlan.generate(SimulationConfig.builder().vehicles(12).days(1).maxRate(1_000)
                .retransmission(Duration.ofSeconds(2), 3).faults(0.005, 0.2).build());
        try (Gateway gateway = Gateway.start(GatewayConfig.builder().host("127.0.0.1").port(0)
                .jdbc(TestDatabases.url(TestDatabases.Kind.H2, dir), null, null).subpackageBudget(4 << 20).build(),
                plan.register())) {
            Simulation sim = plan.start(new InetSocketAddress("127.0.0.1", gateway.port()));
            List<Attack> attacks = List.of(BadInputTest::garbage, BadInputTest::wrongCheckCodes,
                    BadInputTest::oversizedAndTruncated, BadInputTest::dropMidFrame, BadInputTest::fragmentFlood,
                    BadInputTest::storm);
            ExecutorService pool = Executors.newFixedThreadPool(attacks.size());
            List<Future<?>> running = new ArrayList<>();
            for (int a = 0; a < attacks.size(); a++) {
                Attack attack = attacks.get(a);
                SplittableRandom random = new SplittableRandom(a);
                running.add(pool.submit(() -> {
                    try (Socket s = new Socket("127.0.0.1", gateway.port())) {
                        attack.run(s.getOutputStream(), random);
                    } catch (java.io.IOException e) {
                        // the gateway may close an attacking connection: that is its right
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            try (TestTerminal probe = new TestTerminal(gateway.port(), "13999999999", ProtocolVersion.V2013)) {
                assertEquals(4, probe.register("冀A19999").result(), "the gateway still answers new connections");
            }
            SimulationReport r = sim.await(Duration.ofSeconds(90));
            assertTrue(r.complete(), r.toString());
            SimulationReport.Verification v = r.verify(gateway.database());
            assertEquals(0, v.missing(), v.toString());
            assertEquals(plan.fixCount(), r.acknowledged(), "every fix of the fleet acknowledged");
            var errors = gateway.metrics().registry().find("jt808.decode.errors").counters();
            double total = errors.stream().mapToDouble(c -> c.count()).sum();
            assertTrue(total > 1_000, "decode errors counted: " + total);
            assertTrue(gateway.metrics().registry().find("jt808.decode.errors").tag("kind", "ChecksumMismatch")
                    .counter().count() >= 500);
            assertTrue(gateway.metrics().registry().find("jt808.decode.errors").tag("kind", "FrameTooLong")
                    .counter().count() >= 1);
            assertTrue(gateway.metrics().registry().find("jt808.decode.errors").tag("kind", "FragmentRefused")
                    .counter().count() >= 1);
        }
    }
}
