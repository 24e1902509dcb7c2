package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The framing vectors: traccar's frame decoder and encoder cases, ASCII frames, a frame without delimiters. */
class StreamVectorTest {

    private static final HexFormat HEX = HexFormat.of();

    private static Vector line(int line) {
        return Vector.all().stream().filter(v -> v.line() == line).findFirst().orElseThrow();
    }

    private static String deescaped(byte[] frame) {
        return "7e" + HEX.formatHex(Jt808Frame.unescape(frame, 1, frame.length - 2)) + "7e";
    }

    @Test
    void traccarFrameDecoderCaseDeEscapes() {
        List<byte[]> frames = new Jt808StreamSplitter().feed(line(115).bytes());
        assertEquals(1, frames.size());
        assertEquals("7e307e087d557e", deescaped(frames.get(0)));
    }

    @Test
    void leadingGarbageIsSkippedAndCounted() {
        Jt808StreamSplitter splitter = new Jt808StreamSplitter();
        List<byte[]> frames = splitter.feed(line(116).bytes());
        assertEquals(1, frames.size());
        assertEquals("7e307e087d557e", deescaped(frames.get(0)));
        assertEquals(2, splitter.skippedBytes(), "the two 0x24 before the frame");
    }

    @Test
    void traccarFrameEncoderCaseIsTheEscapedForm() {
        byte[] content = HEX.parseHex("307e087d55");
        assertEquals(line(118).hex(), HEX.formatHex(Vector.escapeKeepingCheckCode(HEX.parseHex("7e307e087d557e"))));
        byte[] wire = line(118).bytes();
        assertEquals(HEX.formatHex(content), HEX.formatHex(Jt808Frame.unescape(wire, 1, wire.length - 2)));
    }

    static Stream<Vector> asciiFrames() {
        return Vector.all().stream().filter(v -> v.encoding().equals("ascii"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("asciiFrames")
    void asciiFramesAreNotJt808FramesAndAreSkipped(Vector v) {
        Jt808StreamSplitter splitter = new Jt808StreamSplitter();
        assertTrue(splitter.feed(v.bytes()).isEmpty());
        assertEquals(v.bytes().length, splitter.skippedBytes());
        Jt808Exception e = org.junit.jupiter.api.Assertions.assertThrows(Jt808Exception.class,
                () -> Jt808Decoder.lenient().decode(v.bytes()));
        assertTrue(e.getMessage().length() > 0);
    }

    @Test
    void aFrameWithoutDelimitersDecodesOnceDelimited() {
        Vector v = line(376);
        byte[] wire = Vector.escapeKeepingCheckCode(HEX.parseHex("7e" + v.hex() + "7e"));
        Jt808Message m = Jt808Decoder.strict().decode(wire);
        assertEquals(0x0200, m.header().messageId());
        assertTrue(m.typed());
        assertEquals(HEX.formatHex(wire), HEX.formatHex(Jt808Encoder.standard().encode(m)));
    }

    @Test
    void everyEscapedVectorComesOutOfTheSplitterWhole() {
        StringBuilder stream = new StringBuilder("2424");
        List<Vector> frames = Vector.all().stream().filter(Vector::isFrame).toList();
        frames.forEach(v -> stream.append(HEX.formatHex(v.wire())).append("7e"));
        List<byte[]> out = new Jt808StreamSplitter().feed(HEX.parseHex(stream.toString()));
        assertEquals(frames.size(), out.size());
        for (int i = 0; i < frames.size(); i++) {
            assertEquals(HEX.formatHex(frames.get(i).wire()), HEX.formatHex(out.get(i)), frames.get(i).toString());
        }
    }
}
