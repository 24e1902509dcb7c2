package io.github.jiguan.telematics.jt808;

import static io.github.jiguan.telematics.jt808.TestFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.jiguan.telematics.jt808.codec.FrameTooLongException;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitterTest {

    private static final String A = hex(TestFrames.frame("00020000013912345678" + "0001"));
    private static final String B = hex(TestFrames.frame("00030000013912345678" + "0002"));

    @Test
    void severalFramesInOneReadAndOneFrameOverManyReads() {
        Jt808StreamSplitter s = new Jt808StreamSplitter();
        List<byte[]> out = new ArrayList<>(s.feed(hex(A + B.substring(0, 10))));
        assertEquals(1, out.size());
        byte[] rest = hex(B.substring(10));
        for (byte b : rest) {
            out.addAll(s.feed(new byte[] {b}));
        }
        assertEquals(List.of(A, B), out.stream().map(TestFrames::hex).toList());
    }

    @Test
    void aStrayDelimiterAndGarbageBetweenFramesAreSkipped() {
        Jt808StreamSplitter s = new Jt808StreamSplitter();
        List<byte[]> out = s.feed(hex("7e" + A + "deadbeef" + B));
        assertEquals(List.of(A, B), out.stream().map(TestFrames::hex).toList());
        assertEquals(5, s.skippedBytes());
        out.forEach(f -> Jt808Decoder.strict().decode(f));
    }

    @Test
    void aFrameOverTheMaximumIsReportedAndTheNextFrameStillComes() {
        Jt808StreamSplitter s = new Jt808StreamSplitter(20);
        List<byte[]> frames = new ArrayList<>();
        List<Jt808Exception> errors = new ArrayList<>();
        Jt808StreamSplitter.Sink sink = new Jt808StreamSplitter.Sink() {
            @Override
            public void frame(byte[] bytes, int offset, int length, long streamOffset) {
                frames.add(java.util.Arrays.copyOfRange(bytes, offset, offset + length));
            }

            @Override
            public void error(Jt808Exception e) {
                errors.add(e);
            }
        };
        byte[] stream = hex("7e" + "00".repeat(40) + "7e" + A);
        s.feed(stream, 0, stream.length, sink);
        assertEquals(1, errors.size());
        FrameTooLongException e = assertInstanceOf(FrameTooLongException.class, errors.get(0));
        assertEquals(0, e.offset());
        assertEquals(20, e.maximum());
        assertEquals(List.of(A), frames.stream().map(TestFrames::hex).toList());
    }
}
