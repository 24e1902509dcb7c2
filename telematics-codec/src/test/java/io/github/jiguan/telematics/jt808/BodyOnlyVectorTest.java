package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jiguan.telematics.jt808.codec.BodyCodec;
import io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.codec.BodyReader;
import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.message.Jt808Body;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The body-only vectors (SmallChi/JT808's message body tests): each body decodes with the codec of
 * the message id its test file names, in the edition its test names (2019 when the name says so), and
 * encodes back to the same bytes.
 */
class BodyOnlyVectorTest {

    private static final Pattern ID = Pattern.compile("JT808_0x([0-9A-Fa-f]{4})Test");

    static Stream<Vector> bodies() {
        return Vector.all().stream().filter(v -> v.encoding().equals("body_only"));
    }

    /** The message id from the test file name, such as JT808_0x0200Test.cs. */
    static int messageId(Vector v) {
        Matcher m = ID.matcher(v.sourcePath());
        if (!m.find()) {
            throw new IllegalStateException("no message id in " + v.sourcePath());
        }
        return Integer.parseInt(m.group(1), 16);
    }

    /** The edition the source test's name gives (2019, 2011), otherwise 2013. */
    static ProtocolVersion version(Vector v) {
        String test = v.assertion().substring(v.assertion().indexOf('['));
        return test.contains("2019") ? ProtocolVersion.V2019
                : test.contains("2011") ? ProtocolVersion.V2011 : ProtocolVersion.V2013;
    }

    /** Decodes a body alone under a header of {@code version}. */
    static Jt808Body decode(Vector v, DecodeOptions options) {
        int id = messageId(v);
        BodyCodec<?> codec = BodyCodecRegistry.standard().find(id);
        assertNotNull(codec, "a codec for " + MessageId.hex(id));
        ProtocolVersion version = version(v);
        BodyReader in = BodyReader.of(v.bytes(), version, options);
        Jt808Body body = codec.decode(in);
        in.expectEnd(MessageId.hex(id) + " body");
        assertEquals(0, in.remaining(), "bytes left after the last field");
        return body;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void decodesStrictlyAndEncodesBackToTheSameBytes(Vector v) {
        Anomaly anomaly = Anomaly.of(v);
        if (anomaly != null) {
            Jt808Exception e = assertThrows(Jt808Exception.class, () -> decode(v, DecodeOptions.STRICT), anomaly.why());
            assertEquals(anomaly.strict(), e.kind(), e.getMessage());
            return;
        }
        Jt808Body body = decode(v, DecodeOptions.STRICT);
        byte[] again = Jt808Encoder.standard().encodeBody(body, version(v));
        assertEquals(v.hex(), HexFormat.of().formatHex(again));
    }
}
