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

    private static List<String> split(Jt808StreamSplitter s, String stream) {
        return s.feed(hex(stream)).stream().map(TestFrames::hex).toList();
    }

    @Test
    void twoFramesSharingOneDelimiterAreBothFound() {
        Jt808StreamSplitter s = new Jt808StreamSplitter();
        // 7e A 7e B 7e: B opens at A's closing delimiter
        String shared = A + B.substring(2);
        assertEquals(List.of(A, B, A), split(s, shared + A.substring(2)));
        assertEquals(0, s.skippedBytes());
        byte[] wire = hex(shared);
        for (int cut = 1; cut < wire.length; cut++) {
            Jt808StreamSplitter c = new Jt808StreamSplitter();
            List<byte[]> out = new ArrayList<>(c.feed(java.util.Arrays.copyOfRange(wire, 0, cut)));
            out.addAll(c.feed(java.util.Arrays.copyOfRange(wire, cut, wire.length)));
            assertEquals(List.of(A, B), out.stream().map(TestFrames::hex).toList(), "cut at " + cut);
        }
    }

    @Test
    void garbageAfterAClosingDelimiterIsSkippedNotTakenForAFrame() {
        Jt808StreamSplitter s = new Jt808StreamSplitter();
        String garbage = "0102030405060708090a0b0c0d0e0f10";
        assertEquals(List.of(A, B), split(s, A + garbage + B));
        assertEquals(garbage.length() / 2, s.skippedBytes());
    }

    @Test
    void aStrayDelimiterAfterTheLastFrameIsNoTruncatedFrame() {
        Jt808StreamSplitter s = new Jt808StreamSplitter();
        assertEquals(List.of(A), split(s, A + "7e"));
        assertEquals(0, s.pendingBytes());
        List<Jt808Exception> errors = new ArrayList<>();
        s.finish(sinkOf(new ArrayList<>(), errors));
        assertEquals(List.of(), errors);
        s.feed(hex("7e0002"));
        s.finish(sinkOf(new ArrayList<>(), errors));
        assertEquals(List.of("TruncatedFrame"), errors.stream().map(Jt808Exception::kind).toList());
    }

    private static Jt808StreamSplitter.Sink sinkOf(List<byte[]> frames, List<Jt808Exception> errors) {
        return new Jt808StreamSplitter.Sink() {
            @Override
            public void frame(byte[] bytes, int offset, int length, long streamOffset) {
                frames.add(java.util.Arrays.copyOfRange(bytes, offset, offset + length));
            }

            @Override
            public void error(Jt808Exception e) {
                errors.add(e);
            }
        };
    }
}
