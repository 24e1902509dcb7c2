package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.internal.Gbk;
import io.github.jiguan.telematics.jt808.message.Octets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
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
            assertEquals(stripZeros((String) json.get("clientId")), h.phoneWithoutPadding(), "clientId");
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
            Object expected = json(json, f.jsonPath());
            if (expected == MISSING) {
                continue;
            }
            Object actual = eval(m, f.path());
            assertEquals(normalize(expected, f.conversion(), true), normalize(actual, f.conversion(), false),
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

    private static final Object MISSING = new Object();

    private static Object json(Map<String, Object> root, String path) {
        Object cur = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            boolean each = p.endsWith("[]");
            String key = each ? p.substring(0, p.length() - 2) : p;
            if (!(cur instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return MISSING;
            }
            cur = map.get(key);
            if (each) {
                String rest = String.join(".", java.util.Arrays.copyOfRange(parts, i + 1, parts.length));
                List<Object> out = new ArrayList<>();
                for (Object e : (List<?>) cur) {
                    @SuppressWarnings("unchecked")
                    Object x = rest.isEmpty() ? e : json((Map<String, Object>) e, rest);
                    if (x == MISSING) {
                        return MISSING;
                    }
                    out.add(x);
                }
                return out;
            }
        }
        return cur;
    }

    private static Object eval(Object root, String path) throws Exception {
        Object cur = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.endsWith("[]")) {
                List<?> list = (List<?>) call(cur, p.substring(0, p.length() - 2));
                String rest = String.join(".", java.util.Arrays.copyOfRange(parts, i + 1, parts.length));
                List<Object> out = new ArrayList<>();
                for (Object e : list) {
                    out.add(rest.isEmpty() ? e : eval(e, rest));
                }
                return out;
            }
            int brace = p.indexOf('{');
            if (brace > 0) {
                String[] kv = p.substring(brace + 1, p.length() - 1).split("=");
                Object found = null;
                for (Object e : (List<?>) call(cur, p.substring(0, brace))) {
                    if (String.valueOf(call(e, kv[0])).equals(kv[1])) {
                        found = e;
                        break;
                    }
                }
                assertTrue(found != null, "no element with " + kv[0] + "=" + kv[1] + " in " + cur);
                cur = found;
            } else {
                cur = call(cur, p);
            }
        }
        return cur;
    }

    private static Object call(Object target, String name) throws Exception {
        if (target instanceof List<?> list && name.equals("size")) {
            return list.size();
        }
        Method m = target.getClass().getMethod(name);
        m.setAccessible(true);
        return m.invoke(target);
    }

    private static Object normalize(Object v, String conversion, boolean expectedSide) {
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(e -> out.add(normalize(e, conversion, expectedSide)));
            return out;
        }
        switch (conversion) {
            case "bcd":
                return expectedSide ? ((String) v).replaceAll("[-T:]", "").substring(2) : v.toString();
            case "micro":
                return expectedSide ? v : Math.round(((Number) v).doubleValue() * 1e6);
            case "x10":
                return expectedSide ? v : Math.round(((Number) v).doubleValue() * 10);
            case "hex":
                return expectedSide ? ((String) v).toLowerCase() : ((Octets) v).hex();
            case "bytes":
                if (expectedSide) {
                    return v;
                }
                List<Object> bytes = new ArrayList<>();
                Octets o = (Octets) v;
                for (int i = 0; i < o.length(); i++) {
                    bytes.add((long) o.get(i));
                }
                return bytes;
            case "gbk":
                if (expectedSide) {
                    return v;
                }
                byte[] b = ((Octets) v).toByteArray();
                return Gbk.decode(b, 0, b.length);
            case "strip0":
                return stripZeros(v.toString());
            case "nul":
                return expectedSide ? v : v.toString().replaceAll("\u0000+$", "");
            default:
                if (v instanceof Number n && !(v instanceof Double)) {
                    return n.longValue();
                }
                return v instanceof String || v instanceof Number || v instanceof Boolean ? v : String.valueOf(v);
        }
    }

    private static String stripZeros(String s) {
        String t = s.replaceFirst("^0+", "");
        return t.isEmpty() ? "0" : t;
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
