package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.message.MessageId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The values yezhihao/jt808-server's golden decodes assert (its 单元测试记录.txt), checked against
 * our decoded messages through the key-to-accessor table {@code jt808/golden-fields.tsv}.
 */
class GoldenValuesTest {

    private record Field(String messageId, String version, String jsonPath, String path, String conversion) {
    }

    private static final List<Field> FIELDS = loadFields();
    private static final Jt808Decoder DECODER = Jt808Decoder.lenient();

    static Stream<Vector> golden() {
        return Vector.all().stream().filter(v -> v.assertion().startsWith("golden decode"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void decodesTheGoldenValues(Vector v) throws Exception {
        Map<String, Object> json = MiniJson.parseObject(v.assertion().substring(v.assertion().indexOf('{')));
        Jt808Message m = DECODER.decode(v.wire());
        Jt808Header h = m.header();
        assertIfPresent(json, "messageId", h.messageId());
        assertIfPresent(json, "properties", h.properties());
        assertIfPresent(json, "protocolVersion", h.protocolVersionByte());
        if (json.containsKey("clientId")) {
            assertEquals(ValuePath.stripZeros((String) json.get("clientId")), h.phoneWithoutPadding(), "clientId");
        }
        if (json.containsKey("serialNo")) {
            assertEquals(json.get("serialNo"), (long) h.serial(), "serialNo");
            assertEquals(json.get("verified"), m.checksumOk(), "verified");
        }
        String version = h.hasVersionFlag() ? "2019" : "2013";
        int checked = 0;
        for (Field f : FIELDS) {
            if (!f.messageId().equals(v.msgId()) || !(f.version().isEmpty() || f.version().equals(version))) {
                continue;
            }
            Object expected = ValuePath.json(json, f.jsonPath());
            if (expected == ValuePath.MISSING) {
                continue;
            }
            Object actual = ValuePath.eval(m, f.path());
            assertEquals(ValuePath.normalize(expected, f.conversion(), true),
                    ValuePath.normalize(actual, f.conversion(), false),
                    f.jsonPath() + " -> " + f.path());
            checked++;
        }
        boolean mapped = FIELDS.stream().anyMatch(f -> f.messageId().equals(v.msgId()));
        boolean bodyKeys = json.keySet().stream().anyMatch(k -> !List.of("messageId", "properties", "protocolVersion",
                "clientId", "serialNo", "verified").contains(k));
        if (mapped && bodyKeys) {
            assertTrue(checked > 0, "no golden body value was checked");
        }
        if (MessageId.fromCode(h.messageId()).isEmpty()) {
            assertTrue(!m.typed(), "a message id outside JT/T 808 (here JT/T 1078) stays raw");
        }
    }

    private static void assertIfPresent(Map<String, Object> json, String key, long actual) {
        if (json.containsKey(key)) {
            assertEquals(json.get(key), actual, key);
        }
    }

    private static List<Field> loadFields() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GoldenValuesTest.class.getResourceAsStream("/jt808/golden-fields.tsv"), StandardCharsets.UTF_8))) {
            List<Field> out = new ArrayList<>();
            for (String s; (s = r.readLine()) != null; ) {
                if (s.startsWith("#") || s.isBlank()) {
                    continue;
                }
                String[] f = s.split("\t", -1);
                String[] id = f[0].split("@");
                out.add(new Field(id[0], id.length > 1 ? id[1] : "", f[1], f[2], f[3]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
