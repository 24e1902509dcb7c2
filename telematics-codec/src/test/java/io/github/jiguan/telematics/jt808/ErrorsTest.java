package io.github.jiguan.telematics.jt808;

import static io.github.jiguan.telematics.jt808.TestFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.codec.BodyLengthMismatchException;
import io.github.jiguan.telematics.jt808.codec.ChecksumMismatchException;
import io.github.jiguan.telematics.jt808.codec.InvalidBcdException;
import io.github.jiguan.telematics.jt808.codec.InvalidFieldException;
import io.github.jiguan.telematics.jt808.codec.MalformedFrameException;
import io.github.jiguan.telematics.jt808.codec.TruncatedBodyException;
import io.github.jiguan.telematics.jt808.message.RawBody;
import org.junit.jupiter.api.Test;

/** Every error names what is wrong, where, and the offending bytes. */
class ErrorsTest {

    @Test
    void aWrongCheckCodeNamesBothCodesAndItsOffset() {
        byte[] frame = TestFrames.bench0200();
        frame[frame.length - 2] ^= 0x01;
        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class, () -> Jt808Decoder.strict().decode(frame));
        assertEquals(100, e.offset());
        assertEquals("0e", e.hex());
        assertEquals(0x0f, e.expected());
        assertEquals("ChecksumMismatch", e.kind());
        assertFalse(Jt808Decoder.lenient().decode(frame).checksumOk());
    }

    @Test
    void aBodyShorterThanItsFieldsIsTruncatedAtTheField() {
        byte[] frame = TestFrames.frame("00010003013912345678000100de00");
        TruncatedBodyException e = assertThrows(TruncatedBodyException.class, () -> Jt808Decoder.strict().decode(frame));
        assertEquals("response id", e.field());
        assertEquals(14, e.offset());
        assertEquals("00", e.hex());
        Jt808Message m = Jt808Decoder.lenient().decode(frame);
        assertFalse(m.typed());
        assertEquals("TruncatedBody", m.bodyError().kind());
        assertEquals("00de00", ((RawBody) m.body()).bytes().hex());
    }

    @Test
    void aDriverIdentityReportWhoseCardWasReadButCarriesNoCardFieldsIsTooShort() {
        // found by RobustnessProperties (seed 2566443629703): the body stopped after read result 0,
        // decoded verified and re-encoded with empty card fields, 34 bytes instead of 8
        byte[] frame = hex("7e0702000807000000000000000002000000000000087e");
        TruncatedBodyException e = assertThrows(TruncatedBodyException.class, () -> Jt808Decoder.strict().decode(frame));
        assertEquals("driver name length", e.field());
        assertFalse(Jt808Decoder.lenient().decode(frame).typed());
    }

    @Test
    void aDeclaredLengthThatDisagreesIsReportedPrecisely() {
        byte[] frame = TestFrames.frame("00010009013912345678000100de020003");
        BodyLengthMismatchException e = assertThrows(BodyLengthMismatchException.class,
                () -> Jt808Decoder.strict().decode(frame));
        assertEquals(9, e.declared());
        assertEquals(5, e.present());
        assertEquals("body length mismatch: header declares 9 bytes, frame carries 5 bytes from offset 12", e.getMessage());
    }

    @Test
    void aBadEscapeIsMalformed() {
        MalformedFrameException e = assertThrows(MalformedFrameException.class,
                () -> Jt808Decoder.strict().decode(hex("7e00027d030139123456780001f87e")));
        assertTrue(e.getMessage().contains("0x7d followed by 0x03"), e.getMessage());
        assertEquals("7d03", e.hex());
    }

    @Test
    void anUnknownOrVendorIdIsNotAnError() {
        byte[] frame = TestFrames.frame("5501000301391234567800010a0b0c");
        Jt808Message m = Jt808Decoder.strict().decode(frame);
        assertFalse(m.typed());
        assertEquals(new RawBody(0x5501, io.github.jiguan.telematics.jt808.message.Octets.fromHex("0a0b0c")), m.body());
        assertEquals(hex(frame), hex(Jt808Encoder.standard().encode(m)));
    }

    @Test
    void anEncryptedBodyStaysRaw() {
        byte[] frame = TestFrames.frame("02000403013912345678000101020 3".replace(" ", ""));
        Jt808Message m = Jt808Decoder.strict().decode(frame);
        assertTrue(m.header().isEncrypted());
        assertFalse(m.typed());
    }

    @Test
    void aBadBcdTimeIsNamed() {
        byte[] frame = TestFrames.frame("0200001c013912345678000100000000000000030271365807079cea0140028c00572501060921ff");
        InvalidBcdException e = assertThrows(InvalidBcdException.class, () -> Jt808Decoder.strict().decode(frame));
        assertEquals("time", e.field());
        assertEquals(34, e.offset());
    }

    @Test
    void anImpossible2019VersionByteIsRefusedInStrictModeOnly() {
        // 0x0002 heartbeat with a 2019 header whose version byte is 0x99
        byte[] frame = TestFrames.frame("00024000" + "99" + "00000000013912345678" + "0001");
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> Jt808Decoder.strict().decode(frame));
        assertEquals("protocol version", e.field());
        assertEquals(4, e.offset());
        assertEquals("99", e.hex());
        Jt808Message m = Jt808Decoder.lenient().decode(frame);
        assertEquals(0x99, m.header().protocolVersionByte());
        assertEquals(hex(frame), hex(Jt808Encoder.standard().encode(m)));
    }
}
