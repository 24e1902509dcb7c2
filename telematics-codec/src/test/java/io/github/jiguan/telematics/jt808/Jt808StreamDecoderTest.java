package io.github.jiguan.telematics.jt808;

import static io.github.jiguan.telematics.jt808.TestFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.codec.ChecksumMismatchException;
import io.github.jiguan.telematics.jt808.codec.FrameTooLongException;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.codec.TruncatedFrameException;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.RetransmitRequest;
import io.github.jiguan.telematics.jt808.message.UplinkPassthrough;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The split → decode → reassemble pipeline, fed like a TCP connection. */
class Jt808StreamDecoderTest {

    /** Records every event as one line, in order. */
    private static final class Events implements Jt808StreamDecoder.Listener {
        final List<String> lines = new ArrayList<>();
        final List<Jt808Message> messages = new ArrayList<>();
        final List<Jt808Exception> errors = new ArrayList<>();
        final List<SubpackageAssembler.Incomplete> incomplete = new ArrayList<>();

        @Override
        public void message(Jt808Message m, long offset) {
            messages.add(m);
            lines.add("message " + MessageId.hex(m.header().messageId()) + " @" + offset);
        }

        @Override
        public void fragment(Jt808Message m, long offset) {
            lines.add("fragment " + m.header().subpackageIndex() + "/" + m.header().subpackageTotal() + " @" + offset);
        }

        @Override
        public void reassembled(Jt808Message m, long offset) {
            messages.add(m);
            lines.add("reassembled " + MessageId.hex(m.header().messageId()) + " @" + offset);
        }

        @Override
        public void incomplete(SubpackageAssembler.Incomplete i) {
            incomplete.add(i);
            lines.add("incomplete " + MessageId.hex(i.messageId()) + " missing " + i.missing());
        }

        @Override
        public void error(Jt808Exception e, long offset) {
            errors.add(e);
            lines.add("error " + e.kind() + " @" + offset);
        }
    }

    private static final byte[] REPORT = TestFrames.bench0200();
    private static final byte[] HEARTBEAT = TestFrames.frame("00020000013912345678" + "0001");

    private static List<byte[]> fragments(int serial, int bytes) {
        Jt808Encoder small = Jt808Encoder.of(BodyCodecRegistry.standard(), 100);
        Jt808Header h = Jt808Header.of(MessageId.UPLINK_PASSTHROUGH, ProtocolVersion.V2013, "13912345678", serial);
        return small.encodeAll(h, new UplinkPassthrough(0xF0, Octets.of(new byte[bytes])));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void aStreamFedByteByByteGivesTheSameEventsAsInOneChunk() {
        List<byte[]> parts = fragments(40, 250);
        byte[] stream = concat(REPORT, hex("2424"), parts.get(2), HEARTBEAT, parts.get(0), parts.get(1));
        Events whole = new Events();
        Jt808StreamDecoder.lenient().feed(stream, whole);
        Events bytes = new Events();
        Jt808StreamDecoder d = Jt808StreamDecoder.lenient();
        for (byte b : stream) {
            d.feed(new byte[] {b}, bytes);
        }
        int h = REPORT.length + 2 + parts.get(2).length;
        assertEquals(List.of("message 0x0200 @0", "fragment 3/3 @" + (REPORT.length + 2), "message 0x0002 @" + h,
                "fragment 1/3 @" + (h + HEARTBEAT.length),
                "fragment 2/3 @" + (h + HEARTBEAT.length + parts.get(0).length),
                "reassembled 0x0900 @" + (h + HEARTBEAT.length + parts.get(0).length)), whole.lines);
        assertEquals(whole.lines, bytes.lines);
        assertEquals(2, d.skippedBytes());
        assertEquals(stream.length, d.position());
        UplinkPassthrough body = (UplinkPassthrough) whole.messages.get(2).body();
        assertEquals(250, body.content().length());
        assertEquals(40, whole.messages.get(2).header().serial());
    }

    @Test
    void aBadFrameIsReportedAtItsWireOffsetAndTheNextFrameStillDecodes() {
        byte[] bad = REPORT.clone();
        bad[bad.length - 2] ^= 0x01;
        Events e = new Events();
        Jt808StreamDecoder d = Jt808StreamDecoder.strict();
        d.feed(concat(HEARTBEAT, bad, HEARTBEAT), e);
        assertEquals(List.of("message 0x0002 @0", "error ChecksumMismatch @" + (HEARTBEAT.length + 101),
                "message 0x0002 @" + (HEARTBEAT.length + REPORT.length)), e.lines);
        ChecksumMismatchException c = assertInstanceOf(ChecksumMismatchException.class, e.errors.get(0));
        assertEquals("0e", c.hex());
        assertEquals(100, c.offset(), "the offset in the de-escaped frame");
    }

    @Test
    void escapesBeforeTheOffendingByteCountOnTheWire() {
        // 0x7e in the serial is sent as 7d 02: the check code sits one wire byte later than its offset
        byte[] frame = TestFrames.frame("00020000013912345678" + "7e01");
        frame[frame.length - 2] ^= 0x01;
        Events e = new Events();
        Jt808StreamDecoder.strict().feed(frame, e);
        assertEquals(List.of("error ChecksumMismatch @14"), e.lines);
        assertEquals(12, e.errors.get(0).offset());
    }

    @Test
    void aFrameOverTheMaximumIsReportedWhereItStarts() {
        Events e = new Events();
        Jt808StreamDecoder d = new Jt808StreamDecoder(Jt808Decoder.lenient(), SubpackageAssembler.withDefaults(), 40);
        byte[] longFrame = concat(hex("7e"), new byte[60], hex("7e"));
        d.feed(concat(HEARTBEAT, longFrame, HEARTBEAT), e);
        assertEquals(List.of("message 0x0002 @0", "error FrameTooLong @" + HEARTBEAT.length,
                "message 0x0002 @" + (HEARTBEAT.length + longFrame.length)), e.lines);
        assertInstanceOf(FrameTooLongException.class, e.errors.get(0));
    }

    @Test
    void theEndOfTheStreamReportsAnUnfinishedFrameAndTheFragmentsStillMissing() {
        List<byte[]> parts = fragments(40, 250);
        Events e = new Events();
        Jt808StreamDecoder d = Jt808StreamDecoder.lenient();
        d.feed(concat(parts.get(1), REPORT, hex("7e0200")), e);
        d.finish(e);
        assertEquals(List.of("fragment 2/3 @0", "message 0x0200 @" + parts.get(1).length,
                "error TruncatedFrame @" + (parts.get(1).length + REPORT.length), "incomplete 0x0900 missing [1, 3]"),
                e.lines);
        assertEquals(3, ((TruncatedFrameException) e.errors.get(0)).pending());
        assertEquals(new RetransmitRequest(40, List.of(1, 3)), e.incomplete.get(0).toRetransmitRequest());
    }

    @Test
    void aDirectBufferIsConsumedWhole() {
        ByteBuffer direct = ByteBuffer.allocateDirect(20_000);
        for (int i = 0; i < 100; i++) {
            direct.put(REPORT);
        }
        direct.flip();
        Events e = new Events();
        Jt808StreamDecoder.strict().feed(direct, e);
        assertFalse(direct.hasRemaining());
        assertEquals(100, e.messages.size());
        assertTrue(e.messages.stream().allMatch(m -> m.body() instanceof LocationReport));
    }

    @Test
    void aFrameAlreadyCutOutIsDecodedWithOffsetsFromItsStart() {
        byte[] bad = REPORT.clone();
        bad[bad.length - 2] ^= 0x01;
        Events e = new Events();
        Jt808StreamDecoder d = Jt808StreamDecoder.strict();
        d.frame(REPORT, 0, REPORT.length, e);
        d.frame(bad, 0, bad.length, e);
        assertEquals(List.of("message 0x0200 @0", "error ChecksumMismatch @101"), e.lines);
        assertEquals(0, d.position(), "the stream state is untouched");
    }
}
