package io.github.jiguan.telematics.jt808;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A vector that does not follow the standard, from {@code jt808/anomalies.tsv}: what strict decoding
 * throws, what lenient decoding gives, and whether re-encoding restores the bytes or normalizes them.
 */
record Anomaly(int line, String strict, String lenient, String reencode, String why) {

    private static final Map<Integer, Anomaly> ALL = load();

    static Anomaly of(Vector v) {
        return ALL.get(v.line());
    }

    private static Map<Integer, Anomaly> load() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Anomaly.class.getResourceAsStream("/jt808/anomalies.tsv"), StandardCharsets.UTF_8))) {
            Map<Integer, Anomaly> out = new HashMap<>();
            r.readLine();
            for (String s; (s = r.readLine()) != null; ) {
                String[] f = s.split("\t", -1);
                out.put(Integer.parseInt(f[0]), new Anomaly(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
