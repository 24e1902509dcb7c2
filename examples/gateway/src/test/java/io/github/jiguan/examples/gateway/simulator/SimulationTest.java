package io.github.jiguan.examples.gateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.examples.gateway.Gateway;
import io.github.jiguan.examples.gateway.GatewayConfig;
import io.github.jiguan.examples.gateway.TestDatabases;
import io.github.jiguan.examples.gateway.wire.CodecPipeline;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator drives a county fleet through the gateway; every acknowledged location is stored. */
class SimulationTest {

    @TempDir
    Path dir;

    static CodecPipeline.Limits fastRequests() {
        CodecPipeline.Limits d = CodecPipeline.Limits.defaults();
        return new CodecPipeline.Limits(d.maxFrameLength(), d.maxFragments(), d.maxPendingMessages(), d.maxBytes(),
                d.timeout(), Duration.ofMillis(300), d.maxRetransmitRequests());
    }

    @Test
    void aCountyFleetOfThreeDaysIsStoredExactlyAsAcknowledged() throws Exception {
        FleetPlan plan = FleetPlan.generate(SimulationConfig.builder().vehicles(12).days(3).movingInterval(Duration.ofSeconds(10)).window(32)
                .retransmission(Duration.ofSeconds(2), 3).faults(0.01, 0.3).build());
        try (Gateway gateway = Gateway.start(GatewayConfig.builder().host("127.0.0.1").port(0)
                .jdbc(TestDatabases.url(TestDatabases.Kind.H2, dir), null, null).limits(fastRequests()).build(),
                plan.register())) {
            SimulationReport r = plan.start(new InetSocketAddress("127.0.0.1", gateway.port())).await(Duration.ofSeconds(90));
            System.out.println(r);
            assertTrue(r.complete(), r.toString());
            assertEquals(plan.fixCount(), r.handedOut());
            assertTrue(r.authentications() >= 12, "every terminal authenticated (again after a reconnection)");
            assertTrue(r.blindAreaBatches() > 0 && r.subpackagedMessages() > 0 && r.fragmentRequests() > 0
                    && r.corruptedFrames() > 0, r.toString());
            SimulationReport.Verification v = r.verify(gateway.database());
            System.out.println(v);
            assertEquals(0, v.missing());
            assertEquals(r.ackedKeys().length, v.stored());
        }
    }
}
