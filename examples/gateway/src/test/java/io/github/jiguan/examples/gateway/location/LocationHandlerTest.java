package io.github.jiguan.examples.gateway.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.examples.gateway.TestFleet;
import io.github.jiguan.examples.gateway.HandlerFixture;
import io.github.jiguan.examples.gateway.command.RetransmitPolicy;
import io.github.jiguan.examples.gateway.session.Session;
import io.github.jiguan.examples.gateway.storage.BatchWriter;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.BatchLocationUpload;
import io.github.jiguan.telematics.jt808.message.BcdTime;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.PlatformGeneralResponse;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationHandlerTest {

    static final String PHONE = TestFleet.PHONE;
    static final Instant T = Instant.parse("2025-01-06T01:00:00Z");

    @TempDir
    Path dir;

    HandlerFixture f;

    EmbeddedChannel authenticated(BatchWriter.Settings settings, boolean startWriter) throws Exception {
        f = new HandlerFixture(dir, TestFleet.register(), false, settings, RetransmitPolicy.defaults(),
                startWriter);
        EmbeddedChannel ch = f.channel();
        Session.of(ch).authenticated(PHONE, "V0001");
        return ch;
    }

    @AfterEach
    void tearDown() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aLocationIsAcknowledgedOnlyAfterItsBatchCommitted() throws Exception {
        EmbeddedChannel ch = authenticated(BatchWriter.Settings.defaults(), false);
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2013, 7, TestFleet.location(T)));
        ch.runPendingTasks();
        assertNull(f.outbound(ch), "no acknowledgement before the commit");
        assertEquals(0, f.count("SELECT COUNT(*) FROM positions"));
        f.writer.start();
        f.settle(ch);
        PlatformGeneralResponse ack = (PlatformGeneralResponse) f.outbound(ch).body();
        assertEquals(7, ack.responseSerial());
        assertEquals(0, ack.result());
        assertEquals(1, f.count("SELECT COUNT(*) FROM positions WHERE vehicle_id = 'V0001'"));
        assertEquals(1, f.metrics.ackLatencyTimer().count());
    }

    @Test
    void aBlindAreaBatchIsStoredAsSuchAndARetransmissionIsNotStoredTwice() throws Exception {
        EmbeddedChannel ch = authenticated(BatchWriter.Settings.defaults(), false);
        List<LocationReport> reports = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reports.add(TestFleet.location(T.plusSeconds(30L * i)));
        }
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2019, 8, BatchLocationUpload.of(1, reports)));
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2019, 8, BatchLocationUpload.of(1, reports)));
        f.writer.start();
        f.settle(ch);
        assertEquals(8, ((PlatformGeneralResponse) f.outbound(ch).body()).responseSerial());
        assertEquals(8, ((PlatformGeneralResponse) f.outbound(ch).body()).responseSerial());
        assertNull(f.outbound(ch));
        assertEquals(5, f.count("SELECT COUNT(*) FROM positions WHERE blind_area AND message_id = 1796"));
    }

    @Test
    void aRetransmittedReportIsAnsweredWithoutStoringItAgain() throws Exception {
        EmbeddedChannel ch = authenticated(BatchWriter.Settings.defaults(), false);
        LocationReport r = TestFleet.location(T);
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2013, 4, r));
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2013, 4, r));
        assertEquals(1, f.writer.pending(), "the copy waits for the first, it is not queued");
        f.writer.start();
        f.settle(ch);
        assertEquals(4, ((PlatformGeneralResponse) f.outbound(ch).body()).responseSerial());
        assertEquals(4, ((PlatformGeneralResponse) f.outbound(ch).body()).responseSerial());
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2013, 4, r));
        assertEquals(0, f.writer.pending());
        assertEquals(0, ((PlatformGeneralResponse) f.outbound(ch).body()).result(), "answered at once: it is stored");
        assertEquals(1, f.count("SELECT COUNT(*) FROM positions"));
    }

    @Test
    void aReportReadThroughTheFrameViewIsStoredOnceAndAcknowledgedAfterItsCommit() throws Exception {
        EmbeddedChannel ch = authenticated(BatchWriter.Settings.defaults(), false);
        LocationReport r = TestFleet.location(T);
        ch.writeInbound(f.report(PHONE, ProtocolVersion.V2019, 9, r));
        ch.runPendingTasks();
        assertNull(f.outbound(ch), "no acknowledgement before the commit");
        f.writer.start();
        f.settle(ch);
        assertEquals(9, ((PlatformGeneralResponse) f.outbound(ch).body()).responseSerial());
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2019, 9, r));
        assertEquals(0, f.writer.pending(), "the decoded copy is recognised as the same report");
        assertEquals(0, ((PlatformGeneralResponse) f.outbound(ch).body()).result());
        assertEquals(1, f.count("SELECT COUNT(*) FROM positions WHERE vehicle_id = 'V0001' AND speed_kmh = 30 AND acc_on"));
    }

    @Test
    void aReportWithoutATimeIsAnsweredMessageErrorAndKeptAsABadFrame() throws Exception {
        EmbeddedChannel ch = authenticated(BatchWriter.Settings.defaults(), false);
        LocationReport noTime = LocationReport.builder().position(38, 114).time(BcdTime.parse("000000000000")).build();
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2013, 3, noTime));
        f.writer.start();
        f.settle(ch);
        assertEquals(2, ((PlatformGeneralResponse) f.outbound(ch).body()).result());
        assertEquals(0, f.count("SELECT COUNT(*) FROM positions"));
        assertEquals(1, f.count("SELECT COUNT(*) FROM bad_frames WHERE error_kind = 'InvalidTime'"));
    }

    @Test
    void aSaturatedWriterStopsTheConnectionReadingUntilItDrains() throws Exception {
        EmbeddedChannel ch = authenticated(new BatchWriter.Settings(5_000, Duration.ZERO, 2, 1, Duration.ofMillis(10),
                Duration.ofMillis(100)), false);
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2013, 1, TestFleet.location(T)));
        assertTrue(ch.config().isAutoRead(), "under the high-water mark");
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2013, 2, TestFleet.location(T.plusSeconds(1))));
        assertFalse(ch.config().isAutoRead(), "at the high-water mark the connection is not read");
        assertEquals(1.0, f.metrics.registry().get("jt808.connections.paused").gauge().value());
        f.writer.start();
        f.settle(ch);
        assertTrue(ch.config().isAutoRead(), "reading resumes once the queue drained");
        assertEquals(0.0, f.metrics.registry().get("jt808.connections.paused").gauge().value());
        assertEquals(2, f.count("SELECT COUNT(*) FROM positions"));
        assertEquals(1, ((PlatformGeneralResponse) f.outbound(ch).body()).responseSerial());
        assertEquals(2, ((PlatformGeneralResponse) f.outbound(ch).body()).responseSerial());
    }
}
