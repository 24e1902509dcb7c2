package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.message.AdditionalItem;
import io.github.jiguan.telematics.jt808.message.BatchLocationUpload;
import io.github.jiguan.telematics.jt808.message.Jt808Body;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.MessageId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The values SmallChi/JT808, hylexus/jt-framework and traccar/traccar assert about their vectors
 * ({@code jt808/source-values.tsv}), and traccar's verifyPosition: every standard location it
 * expects a position from has coordinates in range and a time.
 */
class SourceValuesTest {

    private record Expect(String path, String expected, String conversion) {
    }

    private static final Map<Integer, List<Expect>> EXPECTED = load();
    private static final Jt808Decoder DECODER = Jt808Decoder.lenient();

    static Stream<Vector> asserted() {
        return Vector.all().stream().filter(v -> EXPECTED.containsKey(v.line()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("asserted")
    void decodesTheValuesTheSourceAsserts(Vector v) throws Exception {
        Object root = v.encoding().equals("body_only") ? bodyOnly(v) : DECODER.decode(v.wire());
        for (Expect e : EXPECTED.get(v.line())) {
            Object actual = listLevel(ValuePath.eval(root, e.path()), e.conversion());
            String conversion = List.of("last", "list", "countTyped", "countRaw", "countTrailing").contains(e.conversion())
                    ? "" : e.conversion();
            assertEquals(e.expected(), String.valueOf(ValuePath.normalize(actual, conversion, false)), e.path());
        }
    }

    static Stream<Vector> traccarPositions() {
        return Vector.all().stream().filter(v -> v.sourceRepo().equals("traccar/traccar") && v.isFrame()
                && v.assertion().startsWith("verifyPosition") && List.of("0x0200", "0x0704").contains(v.msgId()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traccarPositions")
    void traccarPositionsHaveCoordinatesAndTime(Vector v) {
        Jt808Body body = DECODER.decode(v.wire()).body();
        List<LocationReport> reports = body instanceof BatchLocationUpload b ? b.locations() : List.of((LocationReport) body);
        assertFalse(reports.isEmpty());
        for (LocationReport r : reports) {
            assertTrue(Math.abs(r.latitude()) <= 90 && Math.abs(r.longitude()) <= 180, r.toString());
            assertTrue(r.time().isPresent(), r.toString());
        }
    }

    static Stream<Vector> traccarNulls() {
        return Vector.all().stream().filter(v -> v.sourceRepo().equals("traccar/traccar") && v.isFrame()
                && v.assertion().startsWith("verifyNull") && MessageId.fromCode(Integer.decode(v.msgId())).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traccarNulls")
    void traccarNoPositionFramesDecodeTypedWithoutALocation(Vector v) {
        Jt808Message m = DECODER.decode(v.wire());
        assertTrue(m.typed());
        assertFalse(m.body() instanceof LocationReport);
    }

    private static Object bodyOnly(Vector v) {
        return new Object() {
            public Jt808Body body() {
                return BodyOnlyVectorTest.decode(v, DecodeOptions.LENIENT);
            }
        };
    }

    private static Object listLevel(Object v, String conversion) {
        switch (conversion) {
            case "last":
                List<?> list = (List<?>) v;
                return list.get(list.size() - 1);
            case "countTyped":
                return ((List<?>) v).stream().filter(i -> !(i instanceof AdditionalItem.RawItem)
                        && !(i instanceof AdditionalItem.TrailingBytes)).count();
            case "countRaw":
                return ((List<?>) v).stream().filter(i -> i instanceof AdditionalItem.RawItem).count();
            case "countTrailing":
                return ((List<?>) v).stream().filter(i -> i instanceof AdditionalItem.TrailingBytes).count();
            case "list":
                return String.valueOf(v);
            default:
                return v;
        }
    }

    private static Map<Integer, List<Expect>> load() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SourceValuesTest.class.getResourceAsStream("/jt808/source-values.tsv"), StandardCharsets.UTF_8))) {
            Map<Integer, List<Expect>> out = new TreeMap<>();
            for (String s; (s = r.readLine()) != null; ) {
                if (s.startsWith("#") || s.isBlank()) {
                    continue;
                }
                String[] f = s.split("\t", -1);
                out.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>()).add(new Expect(f[1], f[2], f[3]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
