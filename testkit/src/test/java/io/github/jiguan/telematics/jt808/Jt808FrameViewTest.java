package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.codec.MalformedFrameException;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.jt808.Jt808Frames;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allocation-free view reads what the records read, and accepts exactly what the decoder types. */
class Jt808FrameViewTest {

    @Test
    void theBenchmarkFrameReadsAsTheRecordDoes() {
        Jt808FrameView view = new Jt808FrameView(DecodeOptions.STRICT);
        byte[] frame = TestFrames.bench0200();
        assertTrue(view.wrap(frame, 0, frame.length));
        assertTrue(view.isLocationReport());
        assertEquals(0x0200, view.messageId());
        assertEquals(7, view.serial());
        assertEquals(0x013912345678L, view.phoneBcd());
        assertEquals("013912345678", view.phone());
        assertEquals(40.973912, view.latitude());
        assertEquals(117.939434, view.longitude());
        assertEquals(320, view.altitudeM());
        assertEquals(65.2, view.speedKmh());
        assertEquals(87, view.direction());
        assertEquals(OffsetDateTime.parse("2025-01-06T09:21:30+08:00").toEpochSecond(), view.epochSecond());
        assertTrue(view.isAccOn() && view.isPositioned());
        assertEquals(123456, view.itemValue(0x01), "mileage in 0.1 km");
        assertEquals(14, view.itemValue(0x31), "satellites");
        assertEquals(-1, view.itemValue(0xE0), "no such item");
    }

    @Test
    void aFrameTheDecoderWouldRefuseOrLeaveRawIsNotClean() {
        Jt808FrameView view = new Jt808FrameView(DecodeOptions.STRICT);
        byte[] bad = TestFrames.bench0200();
        bad[bad.length - 2] ^= 1;
        assertFalse(view.wrap(bad, 0, bad.length), "wrong check code");
        byte[] badTime = TestFrames.frame("0200001c013912345678000100000000000000030271365807079cea0140028c00572501060921ff");
        assertFalse(view.wrap(badTime, 0, badTime.length), "BCD time with a nibble above 9");
        assertThrows(IllegalStateException.class, view::latitude);
        assertThrows(MalformedFrameException.class, () -> view.wrap(TestFrames.hex("7e00027e"), 0, 4));
        byte[] heartbeat = TestFrames.frame("00020000013912345678" + "0001");
        assertTrue(view.wrap(heartbeat, 0, heartbeat.length));
        assertFalse(view.isLocationReport());
        assertEquals(MessageId.HEARTBEAT.code(), view.messageId());
    }

    @Test
    void aCleanLocationIsExactlyOneTheDecoderTypesAndItsFieldsAreTheRecords() {
        Generator<byte[]> frames = Generator.oneOf(RobustnessProperties.seeds(), Jt808Frames.mutated(RobustnessProperties.seeds()));
        for (DecodeOptions options : List.of(DecodeOptions.STRICT, DecodeOptions.LENIENT)) {
            Jt808FrameView view = new Jt808FrameView(options);
            Jt808Decoder decoder = Jt808Decoder.of(io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry.standard(), options);
            PropertyCheck.forAllBytes(2000, frames, frame -> {
                boolean clean;
                try {
                    clean = view.wrap(frame, 0, frame.length);
                } catch (MalformedFrameException e) {
                    assertThrows(Jt808Exception.class, () -> decoder.decode(frame));
                    return;
                }
                Jt808Message m = null;
                try {
                    m = decoder.decode(frame);
                } catch (Jt808Exception refused) {
                    // a clean frame of another id may still have a body the decoder refuses; a 0x0200 may not
                    assertFalse(clean && view.messageId() == 0x0200, "clean but refused: " + refused.getMessage());
                    return;
                }
                boolean typedLocation = m.body() instanceof LocationReport && m.verified() && m.bodyError() == null
                        && !m.header().isSubpackaged() && !m.header().isEncrypted();
                if (m.header().messageId() == 0x0200) {
                    assertEquals(typedLocation, clean && view.isLocationReport(), "view and decoder agree");
                }
                if (view.isLocationReport()) {
                    LocationReport r = (LocationReport) m.body();
                    assertEquals(r.latitude(), view.latitude());
                    assertEquals(r.longitude(), view.longitude());
                    assertEquals(r.speedTenths(), view.speedTenths());
                    assertEquals(r.direction(), view.direction());
                    assertEquals(r.altitudeM(), view.altitudeM());
                    assertEquals(r.alarmBits(), view.alarmBits());
                    assertEquals(r.statusBits(), view.statusBits());
                    assertEquals(r.time().map(java.time.Instant::getEpochSecond).orElse(Long.MIN_VALUE), view.epochSecond());
                    assertEquals(m.header().serial(), view.serial());
                    assertEquals(m.header().phone(), view.phone());
                }
            });
        }
    }

    @Test
    void aStreamListenerTakesCleanReportsFromTheViewAndGetsTheRestAsMessages() {
        List<String> events = new ArrayList<>();
        Jt808StreamDecoder.Listener listener = new Jt808StreamDecoder.Listener() {
            @Override
            public boolean frame(Jt808FrameView view, long offset) {
                if (view.isLocationReport()) {
                    events.add("view " + view.latitudeMicro());
                    return true;
                }
                return false;
            }

            @Override
            public void message(Jt808Message m, long offset) {
                events.add("message " + MessageId.hex(m.header().messageId()));
            }

            @Override
            public void error(Jt808Exception e, long offset) {
                events.add("error " + e.kind());
            }
        };
        byte[] bad = TestFrames.bench0200();
        bad[bad.length - 2] ^= 1;
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        stream.writeBytes(TestFrames.bench0200());
        stream.writeBytes(TestFrames.frame("00020000013912345678" + "0001"));
        stream.writeBytes(bad);
        Jt808StreamDecoder.strict().feed(stream.toByteArray(), listener);
        assertEquals(List.of("view 40973912", "message 0x0002", "error ChecksumMismatch"), events);
    }
}
