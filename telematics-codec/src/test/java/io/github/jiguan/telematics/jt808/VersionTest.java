package io.github.jiguan.telematics.jt808;

import static io.github.jiguan.telematics.jt808.TestFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.codec.BodyLengthMismatchException;
import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.codec.TruncatedBodyException;
import io.github.jiguan.telematics.jt808.message.AuthenticationRequest;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.RegisterRequest;
import io.github.jiguan.telematics.jt808.message.RegisterResponse;
import org.junit.jupiter.api.Test;

/** The differences between the 2011, 2013 and 2019 editions, each made explicit. */
class VersionTest {

    private static final Jt808Decoder LENIENT = Jt808Decoder.lenient();

    private static Jt808Message line(int line) {
        Vector v = Vector.all().stream().filter(x -> x.line() == line).findFirst().orElseThrow();
        return LENIENT.decode(v.wire());
    }

    @Test
    void a25ByteRegisterBodyIs2011WithoutAPlate() {
        Jt808Message m = line(91);
        RegisterRequest r = (RegisterRequest) m.body();
        assertEquals(25, m.header().declaredBodyLength());
        assertEquals(ProtocolVersion.V2011, r.layout());
        assertEquals(ProtocolVersion.V2011, m.version());
        assertEquals("", r.plate());
    }

    @Test
    void a33ByteRegisterBodyIs2011WithAGbkPlate() {
        RegisterRequest r = (RegisterRequest) line(392).body();
        assertEquals(ProtocolVersion.V2011, r.layout());
        assertEquals("粤A12345", r.plate());
        assertEquals("tk12345", r.terminalModel());
        assertEquals("粤B88888", ((RegisterRequest) line(57).body()).plate());
    }

    @Test
    void a2013RegisterBodyHasA20ByteModelAndA2019OneElevenThirtyThirty() {
        Jt808Message m2013 = line(387);
        assertEquals(ProtocolVersion.V2013, ((RegisterRequest) m2013.body()).layout());
        assertEquals(ProtocolVersion.V2013, m2013.version());
        Jt808Message m2019 = line(390);
        RegisterRequest r = (RegisterRequest) m2019.body();
        assertEquals(ProtocolVersion.V2019, r.layout());
        assertEquals(ProtocolVersion.V2019, m2019.version());
        assertEquals("00000000022222222222", m2019.header().phone());
        assertEquals(1, m2019.header().protocolVersionByte());
    }

    @Test
    void layoutsDecideTheFixedLengths() {
        Jt808Encoder e = Jt808Encoder.standard();
        RegisterRequest r2011 = new RegisterRequest(ProtocolVersion.V2011, 13, 1, "ABC", "M1", "T1", 1, "冀H12345");
        RegisterRequest r2013 = new RegisterRequest(ProtocolVersion.V2013, 13, 1, "ABC", "M1", "T1", 1, "冀H12345");
        RegisterRequest r2019 = new RegisterRequest(ProtocolVersion.V2019, 13, 1, "ABC", "M1", "T1", 1, "冀H12345");
        assertEquals(25 + 8, e.encodeBody(r2011, ProtocolVersion.V2013).length);
        assertEquals(37 + 8, e.encodeBody(r2013, ProtocolVersion.V2013).length);
        assertEquals(76 + 8, e.encodeBody(r2019, ProtocolVersion.V2019).length);
    }

    /** A 2019 header (bit 14, version byte, BCD[10] phone) carrying a 2013 register body. */
    private static byte[] flaggedWith2013Body() {
        RegisterRequest r2013 = new RegisterRequest(ProtocolVersion.V2013, 13, 1, "ABC", "M1", "T1", 1, "冀H12345");
        Jt808Header h = Jt808Header.of(MessageId.TERMINAL_REGISTER, ProtocolVersion.V2019, "13912345678", 5);
        return Jt808Encoder.standard().encode(Jt808Message.of(h, r2013));
    }

    @Test
    void aFlaggedFrameWithA2013BodyNeedsTheCompatibilityOption() {
        byte[] frame = flaggedWith2013Body();
        assertThrows(TruncatedBodyException.class, () -> Jt808Decoder.strict().decode(frame));
        Jt808Message without = Jt808Decoder.of(BodyCodecRegistry.standard(),
                DecodeOptions.LENIENT.withVersionFlagWith2013Body(false)).decode(frame);
        assertFalse(without.typed());
        assertEquals("TruncatedBody", without.bodyError().kind());
        Jt808Message with = Jt808Decoder.of(BodyCodecRegistry.standard(),
                DecodeOptions.STRICT.withVersionFlagWith2013Body(true)).decode(frame);
        RegisterRequest r = (RegisterRequest) with.body();
        assertEquals(ProtocolVersion.V2013, r.layout());
        assertEquals("冀H12345", r.plate());
        assertTrue(with.header().hasVersionFlag());
        assertEquals(hex(frame), hex(Jt808Encoder.standard().encode(with)));
    }

    @Test
    void bit14OnAWhole2013FrameIsReadAs2013WithTheOption() {
        Jt808Message m = line(412);
        assertTrue(m.header().hasVersionFlag());
        assertEquals(ProtocolVersion.V2013, m.header().version());
        assertEquals("010030000681", m.header().phone());
        AuthenticationRequest a = (AuthenticationRequest) m.body();
        assertEquals("J10030000681", a.authCode());
        assertThrows(BodyLengthMismatchException.class, () -> Jt808Decoder.strict().decode(
                Vector.all().stream().filter(x -> x.line() == 412).findFirst().orElseThrow().wire()));
    }

    @Test
    void authentication2019CarriesImeiAndSoftwareVersion() {
        AuthenticationRequest a = (AuthenticationRequest) line(245).body();
        assertEquals(ProtocolVersion.V2019, a.layout());
        assertEquals("123456789012345", a.imei());
        assertEquals("pmYGzGukO8K4Z5lpIOTg8dqb3eprYaHBbXSPLtdbyG8=", a.authCode());
    }

    @Test
    void authCodesAreGbk() {
        byte[] frame = TestFrames.hex("7e8100400d01000000000139123443290000000100bcf8c8a8c2eb20313233a57e");
        RegisterResponse r = (RegisterResponse) Jt808Decoder.strict().decode(frame).body();
        assertEquals("鉴权码 123", r.authCode());
    }
}
