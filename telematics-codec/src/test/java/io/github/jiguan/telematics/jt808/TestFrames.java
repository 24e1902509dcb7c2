package io.github.jiguan.telematics.jt808;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Frames shared by the tests. */
final class TestFrames {

    private TestFrames() {
    }

    /** The bytes of a hex string. */
    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    /** Lowercase hex of bytes. */
    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The 103-byte 0x0200 frame with 12 standard items of {@code jt808/bench-0200.hex}. */
    static byte[] bench0200() {
        try (InputStream in = TestFrames.class.getResourceAsStream("/jt808/bench-0200.hex")) {
            return hex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A wire frame of {@code header} and {@code body} hex with a correct check code. */
    static byte[] frame(String headerAndBodyHex) {
        byte[] content = hex(headerAndBodyHex);
        return Jt808Frame.escape(content, 0, content.length);
    }
}
