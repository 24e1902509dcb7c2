package io.github.jiguan.examples.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The frames the codec benchmarks share. */
final class BenchFrames {

    private BenchFrames() {
    }

    /**
     * The 103-byte 2013 0x0200 report with 12 standard additional items of the project's test vectors
     * ({@code jt808/bench-0200.hex}), so that figures stay comparable between runs.
     */
    static byte[] location0200() {
        try (InputStream in = BenchFrames.class.getResourceAsStream("/jt808/bench-0200.hex")) {
            return HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
