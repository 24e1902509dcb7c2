package io.github.jiguan.telematics.jt808;

import static io.github.jiguan.telematics.jt808.TestFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.codec.BodyTooLongException;
import io.github.jiguan.telematics.jt808.message.GeneralResult;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.PlatformGeneralResponse;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.UplinkPassthrough;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EncoderTest {

    @Test
    void aPlatformAnswersATerminalWithTheBytesOtherPlatformsSend() {
        Jt808Header h = Jt808Header.of(MessageId.PLATFORM_GENERAL_RESPONSE, ProtocolVersion.V2013, "13912344323", 0);
        byte[] frame = Jt808Encoder.standard().encode(h, new PlatformGeneralResponse(0x00de, 0x0000, 4));
        assertEquals("7e80010005013912344323000000de000004207e", hex(frame), "hylexus BuiltinMsg8001Test");
    }

    @Test
    void theResponseToAReportNamesItsSerialAndId() {
        Jt808Header report = Jt808Decoder.strict().decode(TestFrames.bench0200()).header();
        PlatformGeneralResponse r = report.acknowledgement(GeneralResult.SUCCESS);
        assertEquals(new PlatformGeneralResponse(7, 0x0200, 0), r);
    }

    @Test
    void oversizeBodiesAreSplitIntoSubpackagesWithConsecutiveSerials() {
        byte[] data = new byte[2500];
        new Random(7).nextBytes(data);
        UplinkPassthrough body = new UplinkPassthrough(0xF0, Octets.of(data));
        Jt808Header h = Jt808Header.of(MessageId.UPLINK_PASSTHROUGH, ProtocolVersion.V2019, "13912345678", 65534);
        List<byte[]> frames = Jt808Encoder.standard().encodeAll(h, body);
        assertEquals(3, frames.size());
        SubpackageAssembler assembler = SubpackageAssembler.withDefaults();
        Optional<Jt808Frame> whole = Optional.empty();
        for (int i = 0; i < frames.size(); i++) {
            Jt808Frame f = Jt808Frame.parse(frames.get(i));
            assertEquals(i + 1, f.header().subpackageIndex());
            assertEquals(3, f.header().subpackageTotal());
            assertEquals((65534 + i) & 0xffff, f.header().serial());
            whole = assembler.offer(f);
        }
        Jt808Message m = Jt808Decoder.strict().decode(whole.orElseThrow());
        assertEquals(body, m.body());
        assertEquals(65534, m.header().serial());
        assertThrows(BodyTooLongException.class, () -> Jt808Encoder.standard().encode(m),
                "a reassembled message is too long for one frame");
    }

    @Test
    void aSmallerMaximumSplitsSooner() {
        Jt808Encoder small = Jt808Encoder.of(BodyCodecRegistry.standard(), 100);
        UplinkPassthrough body = new UplinkPassthrough(1, Octets.of(new byte[250]));
        Jt808Header h = Jt808Header.of(MessageId.UPLINK_PASSTHROUGH, ProtocolVersion.V2013, "13912345678", 1);
        assertEquals(3, small.encodeAll(h, body).size());
        assertThrows(BodyTooLongException.class, () -> small.encode(h, body));
    }
}
