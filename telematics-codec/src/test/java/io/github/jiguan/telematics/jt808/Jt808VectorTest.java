package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.codec.BodyLengthMismatchException;
import io.github.jiguan.telematics.jt808.codec.ChecksumMismatchException;
import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.message.MessageId;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every frame of the public test suites in {@code jt808/vectors.tsv}: the header as the TSV computed it,
 * strict and lenient behaviour on bad check codes and lengths, and byte-exact re-encoding.
 */
class Jt808VectorTest {

    private static final Jt808Decoder STRICT = Jt808Decoder.strict();
    private static final Jt808Decoder LENIENT = Jt808Decoder.lenient();
    private static final Jt808Encoder ENCODER = Jt808Encoder.standard();

    static Stream<Vector> frames() {
        return Vector.all().stream().filter(Vector::isFrame);
    }

    static Stream<Vector> badCheckCodeFrames() {
        return frames().filter(v -> v.checksumOk().equals("False"));
    }

    /** Frames with a good check code, and the listed anomalies (whose strict error is known). */
    static Stream<Vector> strictFrames() {
        return frames().filter(v -> v.checksumOk().equals("True") || Anomaly.of(v) != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void headerMatchesTheComputedColumns(Vector v) {
        // the columns read bit 14 as a 2019 header, as a decoder without the compatibility option does
        Jt808Message m = Jt808Decoder.of(BodyCodecRegistry.standard(),
                DecodeOptions.LENIENT.withVersionFlagWith2013Body(false)).decode(v.wire());
        Jt808Header h = m.header();
        assertEquals(v.msgId(), MessageId.hex(h.messageId()), "msg_id");
        assertEquals(v.ver2019().equals("1"), h.hasVersionFlag(), "ver2019");
        if (!v.protoVer().isEmpty()) {
            assertEquals(Integer.parseInt(v.protoVer()), h.protocolVersionByte(), "proto_ver");
        }
        assertEquals(v.phone(), h.phone(), "phone");
        assertEquals(v.subpkg(), h.isSubpackaged() ? h.subpackageIndex() + "/" + h.subpackageTotal() : "0", "subpkg");
        assertEquals(Integer.parseInt(v.enc()), h.encryption(), "enc");
        assertEquals(Integer.parseInt(v.bodyLenHdr()), h.declaredBodyLength(), "body_len_hdr");
        assertEquals(v.checksumOk().equals("True"), m.checksumOk(), "checksum_ok");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCheckCodeFrames")
    void badCheckCodesFailStrictAndDecodeLenient(Vector v) {
        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class, () -> STRICT.decode(v.wire()));
        assertTrue(e.getMessage().contains("check code mismatch"), e.getMessage());
        assertEquals(2, e.hex().length(), "the offending byte is the check code");
        Jt808Message m = LENIENT.decode(v.wire());
        assertFalse(m.checksumOk());
        assertFalse(m.verified());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strictFrames")
    void strictDecodesGoodFramesAndNamesWhatIsWrongWithTheOthers(Vector v) {
        Anomaly anomaly = Anomaly.of(v);
        if (anomaly != null) {
            Jt808Exception e = assertThrows(Jt808Exception.class, () -> STRICT.decode(v.wire()), anomaly.why());
            assertEquals(anomaly.strict(), e.kind(), e.getMessage());
            return;
        }
        Jt808Message lenient = LENIENT.decode(v.wire());
        if (lenient.bodyLengthOk()) {
            Jt808Message strict = STRICT.decode(v.wire());
            assertEquals(lenient.header(), strict.header());
            assertEquals(lenient.body(), strict.body());
        } else {
            BodyLengthMismatchException e = assertThrows(BodyLengthMismatchException.class, () -> STRICT.decode(v.wire()));
            assertEquals(lenient.header().declaredBodyLength(), e.declared());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void reEncodesByteForByte(Vector v) {
        Jt808Message m = LENIENT.decode(v.wire());
        byte[] again = ENCODER.encode(m);
        byte[] expected = v.wire();
        Anomaly anomaly = Anomaly.of(v);
        if (anomaly != null && anomaly.reencode().equals("normalized")) {
            Jt808Message back = LENIENT.decode(again);
            assertEquals(m.body(), back.body(), anomaly.why());
            assertTrue(back.verified(), "the normalized frame is well-formed");
            return;
        }
        if (!m.checksumOk() || !m.bodyLengthOk()) {
            // the encoder writes the true length and check code: compare header and body only
            byte[] a = Jt808Frame.unescape(again, 1, again.length - 2);
            byte[] b = Jt808Frame.unescape(expected, 1, expected.length - 2);
            assertEquals(HexFormat.of().formatHex(b, 4, b.length - 1), HexFormat.of().formatHex(a, 4, a.length - 1));
            return;
        }
        assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(again));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void standardIdsDecodeTypedInLenientMode(Vector v) {
        Jt808Message m = LENIENT.decode(v.wire());
        Anomaly anomaly = Anomaly.of(v);
        String expected = anomaly == null ? "typed" : anomaly.lenient();
        if (expected.startsWith("raw:")) {
            assertFalse(m.typed());
            assertEquals(expected.substring(4), m.bodyError().kind(), m.bodyError().getMessage());
            return;
        }
        boolean standard = MessageId.fromCode(m.header().messageId()).isPresent();
        boolean fragmentOrEncrypted = m.header().isSubpackaged() || m.header().isEncrypted();
        assertEquals(standard && !fragmentOrEncrypted, m.typed(), "typed");
        assertEquals(null, m.bodyError());
        int trailing = expected.startsWith("trailing:") ? Integer.parseInt(expected.substring(9)) : 0;
        assertEquals(trailing, m.trailing().length(), "bytes left after the last field");
    }
}
