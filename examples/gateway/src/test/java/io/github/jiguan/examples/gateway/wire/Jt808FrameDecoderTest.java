package io.github.jiguan.examples.gateway.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.examples.gateway.MutableClock;
import io.github.jiguan.examples.gateway.storage.PositionRow;
import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.AdditionalItem;
import io.github.jiguan.telematics.jt808.message.BatchLocationUpload;
import io.github.jiguan.telematics.jt808.message.Heartbeat;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.RetransmitRequest;
import io.github.jiguan.telematics.jt808.message.StatusFlag;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class Jt808FrameDecoderTest {

    static final Jt808Encoder ENCODER = Jt808Encoder.standard();
    static final Instant T = Instant.parse("2025-01-06T01:00:00Z");
    final MutableClock clock = new MutableClock(T);

    EmbeddedChannel channel(CodecPipeline.Limits limits, SubpackageBudget budget) {
        return new EmbeddedChannel(new Jt808FrameDecoder(limits, budget, clock));
    }

    EmbeddedChannel channel() {
        return channel(CodecPipeline.Limits.defaults(), new SubpackageBudget(1 << 20));
    }

    static byte[] heartbeat(int serial) {
        return ENCODER.encode(Jt808Header.of(0x0002, ProtocolVersion.V2013, "13900000001", serial), new Heartbeat());
    }

    static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, o, p.length);
            o += p.length;
        }
        return all;
    }

    @Test
    void framesSplitOverReadsAndSeveralInOneReadEachDecodeOnce() {
        EmbeddedChannel ch = channel();
        byte[] a = heartbeat(1);
        byte[] b = heartbeat(2);
        byte[] stream = concat(a, b);
        ch.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(stream, 0, 5)));
        assertNull(ch.readInbound());
        ch.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(stream, 5, stream.length)));
        assertEquals(1, ((InboundMessage) ch.readInbound()).header().serial());
        assertEquals(2, ((InboundMessage) ch.readInbound()).header().serial());
        assertNull(ch.readInbound());
    }

    @Test
    void aCleanLocationReportIsReadThroughTheViewIntoTheRowItsDecodedMessageGives() {
        LocationReport report = LocationReport.builder().status(java.util.Set.of(StatusFlag.ACC_ON, StatusFlag.POSITIONED))
                .position(-33.86, -70.65).altitudeM(612).speedKmh(48.6).direction(271).time(T)
                .items(List.of(new AdditionalItem.Mileage(1234.5))).build();
        for (ProtocolVersion v : ProtocolVersion.values()) {
            byte[] wire = ENCODER.encode(Jt808Header.of(0x0200, v, "13900000001", 5), report);
            EmbeddedChannel ch = channel();
            ch.writeInbound(Unpooled.wrappedBuffer(wire));
            InboundReport viewed = assertInstanceOf(InboundReport.class, ch.readInbound(), v.year());
            assertEquals(5, viewed.header().serial());
            assertEquals(v.is2019(), viewed.header().version().is2019());
            PositionRow a = PositionRow.of("13900000001", "V1", viewed, 0x0200);
            LocationReport decoded = (LocationReport) Jt808Decoder.strict().decode(wire).body();
            PositionRow b = PositionRow.of("13900000001", "V1", decoded, 0x0200, false, viewed.receivedAtMillis());
            assertEquals(b.toString().replaceAll("additionalItems=\\[B@\\w+", ""),
                    a.toString().replaceAll("additionalItems=\\[B@\\w+", ""), v.year());
            assertTrue(Arrays.equals(b.additionalItems(), a.additionalItems()), v.year());
        }
    }

    @Test
    void aLocationReportWhoseTimeIsNoDateIsDecodedForTheHandlerToRefuse() {
        LocationReport noTime = LocationReport.builder().position(38, 114)
                .time(io.github.jiguan.telematics.jt808.message.BcdTime.parse("000000000000")).build();
        EmbeddedChannel ch = channel();
        ch.writeInbound(Unpooled.wrappedBuffer(ENCODER.encode(Jt808Header.of(0x0200, ProtocolVersion.V2013,
                "13900000001", 6), noTime)));
        assertInstanceOf(InboundMessage.class, ch.readInbound());
    }

    @Test
    void aWrongCheckCodeIsAFailureWithTheFrameAndThePhoneAndTheNextFrameStillDecodes() {
        EmbeddedChannel ch = channel();
        byte[] bad = heartbeat(1);
        bad[bad.length - 2] ^= 0x01;
        ch.writeInbound(Unpooled.wrappedBuffer(concat(new byte[] {1, 2, 3}, bad, heartbeat(2))));
        FrameFailure f = ch.readInbound();
        assertEquals("ChecksumMismatch", f.kind());
        assertEquals("13900000001", f.phone());
        assertTrue(Arrays.equals(bad, f.frame()));
        assertEquals(2, ((InboundMessage) ch.readInbound()).header().serial());
    }

    @Test
    void anOversizedFrameIsRefusedAndTheStreamGoesOn() {
        EmbeddedChannel ch = channel();
        byte[] huge = new byte[5000];
        Arrays.fill(huge, (byte) 0x31);
        huge[0] = 0x7e;
        ch.writeInbound(Unpooled.wrappedBuffer(concat(huge, heartbeat(9))));
        FrameFailure f = ch.readInbound();
        assertEquals("FrameTooLong", f.kind());
        assertEquals(9, ((InboundMessage) ch.readInbound()).header().serial());
    }

    static List<byte[]> fragments(int reports) {
        List<LocationReport> list = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            list.add(LocationReport.builder().position(38, 114 + i * 1e-4).time(T.plusSeconds(i)).build());
        }
        return ENCODER.encodeAll(Jt808Header.of(0x0704, ProtocolVersion.V2019, "13900000001", 100),
                BatchLocationUpload.of(1, list));
    }

    @Test
    void subpackagesAreReassembledInAnyOrder() {
        EmbeddedChannel ch = channel();
        List<byte[]> parts = fragments(60);
        assertTrue(parts.size() > 1);
        for (int i = parts.size() - 1; i >= 0; i--) {
            ch.writeInbound(Unpooled.wrappedBuffer(parts.get(i)));
        }
        InboundMessage m = ch.readInbound();
        assertNotNull(m);
        assertEquals(100, m.header().serial());
        assertEquals(60, ((BatchLocationUpload) m.message().body()).locations().size());
    }

    @Test
    void aStalledMessageIsAskedForWith8003NamingTheMissingFragments() {
        EmbeddedChannel ch = new EmbeddedChannel(new Jt808FrameEncoder(),
                new Jt808FrameDecoder(CodecPipeline.Limits.defaults(), new SubpackageBudget(1 << 20), clock));
        List<byte[]> parts = fragments(60);
        for (int i = 1; i < parts.size(); i++) {
            ch.writeInbound(Unpooled.wrappedBuffer(parts.get(i)));
        }
        assertNull(ch.readInbound());
        clock.advance(Duration.ofSeconds(6));
        ch.advanceTimeBy(3, TimeUnit.SECONDS);
        ch.runPendingTasks();
        io.netty.buffer.ByteBuf out = ch.readOutbound();
        assertNotNull(out, "a 0x8003 went out");
        byte[] wire = new byte[out.readableBytes()];
        out.readBytes(wire);
        RetransmitRequest r = assertInstanceOf(RetransmitRequest.class,
                io.github.jiguan.telematics.jt808.Jt808Decoder.strict().decode(wire).body());
        assertEquals(100, r.originalSerial());
        assertEquals(List.of(1), r.packageIds());
        ch.writeInbound(Unpooled.wrappedBuffer(parts.get(0)));
        assertNotNull(ch.readInbound());
    }

    @Test
    void aFragmentClaimingTooManyPartsOrOverTheSharedBudgetIsRefusedWithoutBeingHeld() {
        CodecPipeline.Limits d = CodecPipeline.Limits.defaults();
        SubpackageBudget budget = new SubpackageBudget(1500);
        EmbeddedChannel ch = channel(new CodecPipeline.Limits(d.maxFrameLength(), 4, d.maxPendingMessages(), d.maxBytes(),
                d.timeout(), d.retransmitAfter(), d.maxRetransmitRequests()), budget);
        List<byte[]> parts = fragments(200);
        ch.writeInbound(Unpooled.wrappedBuffer(parts.get(0)));
        FrameFailure tooMany = ch.readInbound();
        assertEquals("FragmentRefused", tooMany.kind());
        assertEquals(0, budget.held());
        EmbeddedChannel other = channel(d, budget);
        other.writeInbound(Unpooled.wrappedBuffer(parts.get(0)));
        assertNull(other.readInbound(), "the first fragment fits the budget");
        other.writeInbound(Unpooled.wrappedBuffer(parts.get(1)));
        assertEquals("FragmentRefused", ((FrameFailure) other.readInbound()).kind());
        other.close();
        assertEquals(0, budget.held(), "a closed connection gives its bytes back");
    }

    @Test
    void a7eStormYieldsNothingAndCostsNothing() {
        EmbeddedChannel ch = channel();
        byte[] storm = new byte[100_000];
        Arrays.fill(storm, (byte) 0x7e);
        ch.writeInbound(Unpooled.wrappedBuffer(storm));
        ch.writeInbound(Unpooled.wrappedBuffer(heartbeat(3)));
        Object first = ch.readInbound();
        assertEquals(3, ((InboundMessage) first).header().serial());
        assertNull(ch.readInbound());
    }
}
