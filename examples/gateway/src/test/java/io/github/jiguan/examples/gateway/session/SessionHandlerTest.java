package io.github.jiguan.examples.gateway.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.examples.gateway.TestFleet;
import io.github.jiguan.examples.gateway.HandlerFixture;
import io.github.jiguan.examples.gateway.command.RetransmitPolicy;
import io.github.jiguan.examples.gateway.register.Register;
import io.github.jiguan.examples.gateway.storage.BatchWriter;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.AuthenticationRequest;
import io.github.jiguan.telematics.jt808.message.Heartbeat;
import io.github.jiguan.telematics.jt808.message.PlatformGeneralResponse;
import io.github.jiguan.telematics.jt808.message.RegisterRequest;
import io.github.jiguan.telematics.jt808.message.RegisterResponse;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateEvent;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionHandlerTest {

    static final String PHONE = "13900000001";

    @TempDir
    Path dir;

    HandlerFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new HandlerFixture(dir, TestFleet.register(), false, BatchWriter.Settings.defaults(),
                RetransmitPolicy.defaults(), false);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    static RegisterRequest registration(String plate) {
        return new RegisterRequest(ProtocolVersion.V2013, 13, 100, "M1", "model", "T1", 1, plate);
    }

    @Test
    void theStateMachineGoesConnectedRegisteredAuthenticated() {
        EmbeddedChannel ch = f.channel();
        Session s = Session.of(ch);
        assertEquals(SessionState.CONNECTED, s.state());
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2013, 1, registration("冀A10000")));
        assertNull(f.outbound(ch), "the auth code leaves only once the terminal is stored");
        assertFalse(ch.config().isAutoRead(), "nothing more is read while the registration is stored");
        f.writer.start();
        f.settle(ch);
        RegisterResponse r = assertInstanceOf(RegisterResponse.class, f.outbound(ch).body());
        assertEquals(0, r.result());
        assertEquals(SessionState.REGISTERED, s.state());
        assertTrue(ch.config().isAutoRead());
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2013, 2,
                new AuthenticationRequest(ProtocolVersion.V2013, r.authCode(), "", "")));
        PlatformGeneralResponse ack = assertInstanceOf(PlatformGeneralResponse.class, f.outbound(ch).body());
        assertEquals(0, ack.result());
        assertEquals(SessionState.AUTHENTICATED, s.state());
        assertEquals(PHONE, s.phone());
        assertEquals("V0001", s.vehicleId());
        assertTrue(f.sessions.isOnline(PHONE));
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2013, 3, new Heartbeat()));
        assertEquals(3, ((PlatformGeneralResponse) f.outbound(ch).body()).responseSerial());
        ch.close();
        assertEquals(SessionState.CLOSED, s.state());
        assertFalse(f.sessions.isOnline(PHONE));
    }

    @Test
    void aHeartbeatBeforeAuthenticationIsRefusedAndClosesTheConnection() {
        EmbeddedChannel ch = f.channel();
        ch.writeInbound(f.inbound(PHONE, ProtocolVersion.V2019, 1, new Heartbeat()));
        assertEquals(1, ((PlatformGeneralResponse) f.outbound(ch).body()).result());
        assertFalse(ch.isOpen());
    }

    @Test
    void anIdleConnectionIsClosedUnlessTheGatewayStoppedReadingIt() {
        EmbeddedChannel paused = f.channel();
        ReadGate.of(paused, f.metrics::pausedChange).close(ReadGate.Reason.STORAGE);
        paused.pipeline().fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
        assertTrue(paused.isOpen());
        EmbeddedChannel idle = f.channel();
        idle.pipeline().fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
        assertFalse(idle.isOpen());
    }

    @Test
    void openRegistrationAdmitsAnUnknownTerminal() throws Exception {
        f.close();
        f = new HandlerFixture(dir.resolve("open"), Register.empty(), true, BatchWriter.Settings.defaults(),
                RetransmitPolicy.defaults(), false);
        EmbeddedChannel ch = f.channel();
        ch.writeInbound(f.inbound("13812345678", ProtocolVersion.V2013, 1, registration("冀A99999")));
        f.writer.start();
        f.settle(ch);
        assertEquals(0, ((RegisterResponse) f.outbound(ch).body()).result());
        assertEquals(1, f.count("SELECT COUNT(*) FROM terminals WHERE vehicle_id IS NULL AND terminal_phone = '13812345678'"));
    }
}
