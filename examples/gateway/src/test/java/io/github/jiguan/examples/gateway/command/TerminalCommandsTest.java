package io.github.jiguan.examples.gateway.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.examples.gateway.HandlerFixture;
import io.github.jiguan.examples.gateway.TestFleet;
import io.github.jiguan.examples.gateway.session.Session;
import io.github.jiguan.examples.gateway.storage.BatchWriter;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.Heartbeat;
import io.github.jiguan.telematics.jt808.message.LocationQuery;
import io.github.jiguan.telematics.jt808.message.LocationQueryResponse;
import io.github.jiguan.telematics.jt808.message.SetParameters;
import io.github.jiguan.telematics.jt808.message.TerminalControl;
import io.github.jiguan.telematics.jt808.message.TerminalGeneralResponse;
import io.github.jiguan.telematics.jt808.message.TerminalParameter;
import io.github.jiguan.telematics.jt808.message.TextMessage;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalCommandsTest {

    static final String PHONE = TestFleet.PHONE;

    @TempDir
    Path dir;

    HandlerFixture f;
    EmbeddedChannel ch;

    @BeforeEach
    void connect() throws Exception {
        f = new HandlerFixture(dir, TestFleet.register(), false, BatchWriter.Settings.defaults(),
                new RetransmitPolicy(Duration.ofSeconds(10), 3));
        ch = f.channel();
        Session s = Session.of(ch);
        s.authenticated(PHONE, "V0001");
        s.peer(Jt808Header.of(0x0002, ProtocolVersion.V2019, PHONE, 1));
        f.sessions.bind(PHONE, ch);
    }

    @AfterEach
    void close() {
        f.close();
    }

    Jt808Message sent() {
        ch.runPendingTasks();
        return f.outbound(ch);
    }

    @Test
    void retransmissionFollowsTheStandardsTimeoutRule() {
        RetransmitPolicy p = new RetransmitPolicy(Duration.ofSeconds(10), 3);
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(240)),
                List.of(p.timeout(1), p.timeout(2), p.timeout(3), p.timeout(4)));
        assertEquals(4, p.sendings());
    }

    @Test
    void aTextIsAcknowledgedByTheTerminalsGeneralResponse() throws Exception {
        CompletableFuture<CommandResult> r = f.commands.text(PHONE, "请于17:00前还车");
        Jt808Message m = sent();
        TextMessage t = assertInstanceOf(TextMessage.class, m.body());
        assertEquals("请于17:00前还车", t.text());
        assertTrue(m.header().version().is2019(), "addressed in the terminal's edition");
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2019, 5, new TerminalGeneralResponse(m.header().serial(), 0x8300, 0)));
        CommandResult result = r.get(1, TimeUnit.SECONDS);
        assertEquals(CommandResult.Outcome.ACKNOWLEDGED, result.outcome());
        assertEquals(1, result.attempts());
        assertNull(f.outbound(ch), "an answer is not itself answered");
        f.settle(ch);
        assertEquals(1, f.count("SELECT COUNT(*) FROM command_log WHERE outcome = 'ACKNOWLEDGED' AND message_id = 33536"));
    }

    @Test
    void anUnansweredCommandIsSentAgainWithTheSameSerialThenTimesOut() throws Exception {
        CompletableFuture<CommandResult> r = f.commands.setParameters(PHONE, List.of(TerminalParameter.ofNumber(0x0001, 60)));
        Jt808Message first = sent();
        assertInstanceOf(SetParameters.class, first.body());
        int serial = first.header().serial();
        long[] waits = {10, 20, 60};
        for (long w : waits) {
            ch.advanceTimeBy(w - 1, TimeUnit.SECONDS);
            ch.runScheduledPendingTasks();
            assertNull(f.outbound(ch), "not before T(n)");
            ch.advanceTimeBy(1, TimeUnit.SECONDS);
            ch.runScheduledPendingTasks();
            assertEquals(serial, f.outbound(ch).header().serial());
        }
        assertFalse(r.isDone());
        ch.advanceTimeBy(240, TimeUnit.SECONDS);
        ch.runScheduledPendingTasks();
        CommandResult result = r.get(1, TimeUnit.SECONDS);
        assertEquals(CommandResult.Outcome.TIMED_OUT, result.outcome());
        assertEquals(4, result.attempts());
        f.settle(ch);
        assertEquals(1, f.count("SELECT COUNT(*) FROM command_log WHERE outcome = 'TIMED_OUT' AND attempts = 4"));
    }

    @Test
    void aLocationQueryIsAnsweredBy0201WhosePositionIsStored() throws Exception {
        CompletableFuture<CommandResult> r = f.commands.queryLocation(PHONE);
        Jt808Message m = sent();
        assertInstanceOf(LocationQuery.class, m.body());
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2019, 6, new LocationQueryResponse(m.header().serial(),
                TestFleet.location(Instant.parse("2025-01-06T03:00:00Z")))));
        CommandResult result = r.get(1, TimeUnit.SECONDS);
        assertEquals(CommandResult.Outcome.ACKNOWLEDGED, result.outcome());
        assertEquals(38.04, result.position().orElseThrow().latitude(), 1e-9);
        f.settle(ch);
        assertEquals(1, f.count("SELECT COUNT(*) FROM positions WHERE message_id = 513"));
    }

    @Test
    void aControlCommandRefusedByTheTerminalSaysSo() throws Exception {
        CompletableFuture<CommandResult> r = f.commands.control(PHONE, 4, "");
        Jt808Message m = sent();
        assertInstanceOf(TerminalControl.class, m.body());
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2019, 7, new TerminalGeneralResponse(m.header().serial(), 0x8105, 3)));
        assertEquals(CommandResult.Outcome.UNSUPPORTED, r.get(1, TimeUnit.SECONDS).outcome());
    }

    @Test
    void anOfflineTerminalOrAClosedConnectionEndsTheCommandAsOffline() throws Exception {
        assertEquals(CommandResult.Outcome.OFFLINE, f.commands.text("13999999999", "hi").get(1, TimeUnit.SECONDS).outcome());
        CompletableFuture<CommandResult> r = f.commands.text(PHONE, "hi");
        sent();
        ch.close();
        assertEquals(CommandResult.Outcome.OFFLINE, r.get(1, TimeUnit.SECONDS).outcome());
    }

    @Test
    void otherTerminalMessagesAreAcknowledged() {
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2019, 9, new Heartbeat()));
        assertEquals(9, ((io.github.jiguan.telematics.jt808.message.PlatformGeneralResponse) f.outbound(ch).body())
                .responseSerial());
    }
}
