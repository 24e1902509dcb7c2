package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.codec.SubpackageException;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.RetransmitRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubpackageAssemblerTest {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2025-01-06T01:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Jt808Frame fragment(String phone, int id, int serial, int total, int index, int bytes) {
        Jt808Header h = Jt808Header.of(id, ProtocolVersion.V2013, phone, serial).withSubpackage(total, index);
        return Jt808Frame.of(h, new byte[bytes]);
    }

    @Test
    void missingIndicesMakeTheRetransmissionRequest() {
        TestClock clock = new TestClock();
        SubpackageAssembler a = new SubpackageAssembler(4, 10_000, 10, Duration.ofSeconds(30), clock);
        a.offer(fragment("13912345678", 0x0801, 101, 5, 2, 10));
        a.offer(fragment("13912345678", 0x0801, 103, 5, 4, 10));
        SubpackageAssembler.Incomplete pending = a.pending("013912345678", 0x0801, 5).orElseThrow();
        assertEquals(List.of(1, 3, 5), pending.missing());
        assertEquals(new RetransmitRequest(100, List.of(1, 3, 5)), pending.toRetransmitRequest());
        clock.now = clock.now.plusSeconds(31);
        List<SubpackageAssembler.Incomplete> expired = a.expire();
        assertEquals(1, expired.size());
        assertEquals(SubpackageAssembler.Reason.EXPIRED, expired.get(0).reason());
        assertEquals(List.of(1, 3, 5), expired.get(0).missing());
        assertEquals(0, a.pendingMessages());
    }

    @Test
    void theOldestIncompleteMessageMakesRoomWhenATerminalHasTooMany() {
        SubpackageAssembler a = new SubpackageAssembler(2, 10_000, 10, Duration.ofSeconds(30), new TestClock());
        a.offer(fragment("1", 0x0801, 1, 3, 1, 10));
        a.offer(fragment("1", 0x0900, 1, 3, 1, 10));
        a.offer(fragment("1", 0x0704, 1, 3, 1, 10));
        assertEquals(2, a.pendingMessages());
        List<SubpackageAssembler.Incomplete> dropped = a.expire();
        assertEquals(1, dropped.size());
        assertEquals(0x0801, dropped.get(0).messageId());
        assertEquals(SubpackageAssembler.Reason.EVICTED, dropped.get(0).reason());
    }

    /** The bytes accounted for a terminal holding one message with one fragment of {@code bytes}. */
    private static long costOfOne(int bytes) {
        SubpackageAssembler roomy = SubpackageAssembler.withDefaults();
        roomy.offer(fragment("1", 0x0801, 1, 3, 1, bytes));
        return roomy.accountedBytes();
    }

    @Test
    void bytesPerTerminalAreBounded() {
        long bound = costOfOne(60) + 100;
        SubpackageAssembler a = new SubpackageAssembler(8, bound, 10, Duration.ofSeconds(30), new TestClock());
        a.offer(fragment("1", 0x0801, 1, 3, 1, 60));
        a.offer(fragment("1", 0x0900, 1, 3, 1, 60));
        assertTrue(a.accountedBytes() <= bound, "held " + a.accountedBytes());
        assertEquals(60, a.pendingBytes(), "the older message made room");
        assertEquals(1, a.expire().size());
        assertThrows(SubpackageException.class, () -> a.offer(fragment("1", 0x0801, 1, 3, 2, (int) bound)));
    }

    @Test
    void terminalsAreBounded() {
        SubpackageAssembler a = new SubpackageAssembler(8, 1000, 2, Duration.ofSeconds(30), new TestClock());
        a.offer(fragment("1", 0x0801, 1, 3, 1, 10));
        a.offer(fragment("2", 0x0801, 1, 3, 1, 10));
        a.offer(fragment("3", 0x0801, 1, 3, 1, 10));
        assertEquals(2, a.pendingMessages());
        assertEquals("000000000001", a.expire().get(0).phone());
    }

    @Test
    void drainingGivesUpEverythingHeld() {
        SubpackageAssembler a = SubpackageAssembler.withDefaults();
        a.offer(fragment("1", 0x0801, 7, 2, 2, 10));
        List<SubpackageAssembler.Incomplete> drained = a.drain();
        assertEquals(List.of(new SubpackageAssembler.Incomplete("000000000001", 0x0801, 2, 6, List.of(1),
                SubpackageAssembler.Reason.DRAINED)), drained);
        assertEquals(0, a.pendingMessages());
        assertEquals(0, a.pendingBytes());
    }

    @Test
    void aFrameThatIsNotAFragmentIsRefused() {
        SubpackageAssembler a = SubpackageAssembler.withDefaults();
        Jt808Frame whole = Jt808Frame.of(Jt808Header.of(0x0200, ProtocolVersion.V2013, "1", 1), new byte[28]);
        SubpackageException e = assertThrows(SubpackageException.class, () -> a.offer(whole));
        assertTrue(e.getMessage().startsWith("not a subpackage"), e.getMessage());
    }
}
