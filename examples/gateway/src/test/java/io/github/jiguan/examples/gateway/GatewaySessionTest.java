package io.github.jiguan.examples.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.examples.gateway.register.Register;
import io.github.jiguan.examples.gateway.register.RegisterEntry;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.PlatformGeneralResponse;
import io.github.jiguan.telematics.jt808.message.RegisterResponse;
import io.github.jiguan.telematics.jt808.message.StatusFlag;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session over real TCP: registration, authentication, binding and refusals. */
class GatewaySessionTest {

    static final String PHONE = TestFleet.PHONE;
    static final String OTHER = TestFleet.OTHER;

    @TempDir
    Path dir;

    Gateway gateway;

    @BeforeEach
    void start() {
        gateway = Gateway.start(GatewayConfig.builder().host("127.0.0.1").port(0)
                .jdbc(TestDatabases.url(TestDatabases.Kind.H2, dir), null, null).build(), TestFleet.register());
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    long positions() throws Exception {
        try (Connection c = gateway.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM positions")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aRegisteredTerminalAuthenticatesReportsAndIsAcknowledgedAfterStorage() throws Exception {
        for (ProtocolVersion v : ProtocolVersion.values()) {
            try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, v)) {
                RegisterResponse r = t.register("冀A10000");
                assertEquals(0, r.result(), v + ": " + r);
                assertEquals(16, r.authCode().length());
                assertEquals(0, t.authenticate(r.authCode()).result());
                int s = t.send(TestFleet.location(Instant.parse("2025-01-06T01:00:00Z").plusSeconds(v.ordinal())));
                PlatformGeneralResponse ack = t.expectAck(s);
                assertEquals(0, ack.result());
                assertEquals(0x0200, ack.responseMessageId());
            }
        }
        assertEquals(3, positions());
    }

    @Test
    void locationsBeforeAuthenticationAreRefusedAndTheConnectionClosed() throws Exception {
        try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, ProtocolVersion.V2013)) {
            int s = t.send(TestFleet.location(Instant.parse("2025-01-06T01:00:00Z")));
            assertEquals(1, t.expectAck(s).result());
            assertTrue(t.closedWithin(TestTerminal.WAIT));
        }
        assertEquals(0, positions());
    }

    @Test
    void anUnregisteredTerminalCannotRegister() throws Exception {
        try (TestTerminal t = new TestTerminal(gateway.port(), "13999999999", ProtocolVersion.V2019)) {
            RegisterResponse r = t.register("冀A19999");
            assertEquals(4, r.result());
            assertEquals("", r.authCode());
            assertTrue(t.closedWithin(TestTerminal.WAIT));
        }
        assertEquals(1, gateway.metrics().refusals("unregistered"));
    }

    @Test
    void aForgedOrSupersededAuthCodeIsRefused() throws Exception {
        String first;
        try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, ProtocolVersion.V2013)) {
            first = t.register("冀A10000").authCode();
        }
        try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, ProtocolVersion.V2013)) {
            assertEquals(1, t.authenticate("FORGED0000000000").result());
            assertTrue(t.closedWithin(TestTerminal.WAIT));
        }
        String second;
        try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, ProtocolVersion.V2013)) {
            second = t.register("冀A10000").authCode();
        }
        assertNotEquals(first, second);
        try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, ProtocolVersion.V2013)) {
            assertEquals(1, t.authenticate(first).result(), "the code of the earlier registration is void");
            assertTrue(t.closedWithin(TestTerminal.WAIT));
        }
        try (TestTerminal t = new TestTerminal(gateway.port(), OTHER, ProtocolVersion.V2013)) {
            assertEquals(1, t.authenticate(second).result(), "another phone cannot use the code");
        }
        try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, ProtocolVersion.V2013)) {
            assertEquals(0, t.authenticate(second).result());
        }
        assertEquals(3, gateway.metrics().refusals("auth_refused"));
    }

    @Test
    void a2019AuthCodeReplayedFromAnotherImeiIsRefused() throws Exception {
        String code;
        try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, ProtocolVersion.V2019)) {
            code = t.register("冀A10000").authCode();
            assertEquals(0, t.authenticate(code, "860000000000001").result());
        }
        try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, ProtocolVersion.V2019)) {
            assertEquals(1, t.authenticate(code, "860000000000999").result());
        }
        try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, ProtocolVersion.V2019)) {
            assertEquals(0, t.authenticate(code, "860000000000001").result());
        }
    }

    @Test
    void aTerminalCannotWritePositionsForAnotherPhone() throws Exception {
        try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, ProtocolVersion.V2013);
             TestTerminal impostor = new TestTerminal(gateway.port(), OTHER, ProtocolVersion.V2013)) {
            assertEquals(0, t.authenticate(t.register("冀A10000").authCode()).result());
            // the same socket, frames with the other phone in their header
            TestTerminal[] same = {t};
            int s = sendAs(same[0], OTHER, TestFleet.location(Instant.parse("2025-01-06T02:00:00Z")));
            assertEquals(1, t.expectAck(s).result());
            int ok = t.send(TestFleet.location(Instant.parse("2025-01-06T02:00:30Z")));
            assertEquals(0, t.expectAck(ok).result(), "the connection still serves its own phone");
            assertFalse(impostor.closedWithin(Duration.ofMillis(10)));
        }
        assertEquals(1, positions());
        assertEquals(1, gateway.metrics().refusals("phone_mismatch"));
    }

    private static int sendAs(TestTerminal t, String phone, LocationReport r) {
        io.github.jiguan.telematics.jt808.Jt808Header h = io.github.jiguan.telematics.jt808.Jt808Header.of(0x0200,
                ProtocolVersion.V2013, phone, 777);
        t.sendRaw(io.github.jiguan.telematics.jt808.Jt808Encoder.standard().encode(h, r));
        return 777;
    }

    @Test
    void logoutVoidsTheAuthCode() throws Exception {
        String code;
        try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, ProtocolVersion.V2013)) {
            code = t.register("冀A10000").authCode();
            assertEquals(0, t.authenticate(code).result());
            int s = t.send(new io.github.jiguan.telematics.jt808.message.TerminalLogout());
            assertEquals(0, t.expectAck(s).result());
            assertTrue(t.closedWithin(TestTerminal.WAIT));
        }
        try (TestTerminal t = new TestTerminal(gateway.port(), PHONE, ProtocolVersion.V2013)) {
            assertEquals(1, t.authenticate(code).result());
        }
    }
}
