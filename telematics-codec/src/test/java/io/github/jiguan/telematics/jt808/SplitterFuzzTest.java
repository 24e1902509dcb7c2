package io.github.jiguan.telematics.jt808;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Any stream in any chunking gives the splitter the frames, skipped bytes and errors it gives in one
 * piece, and the stream decoder reports exactly one event per frame the splitter finds. The first
 * bytes of the input pick the chunk sizes, the rest is the stream.
 */
class SplitterFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void split(FuzzedDataProvider data) {
        int[] cuts = new int[data.consumeInt(0, 16)];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = data.consumeInt(1, 300);
        }
        int max = data.consumeInt(15, 3000);
        byte[] stream = data.consumeRemainingAsBytes();
        Jt808StreamSplitter whole = new Jt808StreamSplitter(max);
        List<byte[]> expected = whole.feed(stream);
        int expectedErrors = whole.drainErrors().size();
        Jt808StreamSplitter chunked = new Jt808StreamSplitter(max);
        List<byte[]> frames = new ArrayList<>();
        int p = 0;
        for (int i = 0; p < stream.length; i++) {
            int n = Math.min(stream.length - p, cuts.length == 0 ? stream.length : cuts[i % cuts.length]);
            frames.addAll(chunked.feed(Arrays.copyOfRange(stream, p, p + n)));
            p += n;
        }
        check(expected.size() == frames.size(), "frames " + frames.size() + " chunked, " + expected.size() + " whole");
        for (int i = 0; i < frames.size(); i++) {
            check(Arrays.equals(expected.get(i), frames.get(i)), "frame " + i + " differs");
        }
        check(whole.skippedBytes() == chunked.skippedBytes(), "skipped bytes differ");
        check(chunked.drainErrors().size() == expectedErrors, "errors differ");
        check(whole.pendingBytes() == chunked.pendingBytes(), "pending bytes differ");
        int[] events = new int[1];
        Jt808StreamDecoder decoder = new Jt808StreamDecoder(Jt808Decoder.lenient(), SubpackageAssembler.withDefaults(), max);
        decoder.feed(stream, new Jt808StreamDecoder.Listener() {
            @Override
            public void message(Jt808Message message, long streamOffset) {
                events[0]++;
            }

            @Override
            public void fragment(Jt808Message fragment, long streamOffset) {
                events[0]++;
            }

            @Override
            public void reassembled(Jt808Message message, long streamOffset) {
            }

            @Override
            public void error(Jt808Exception error, long streamOffset) {
                events[0]++;
                check(streamOffset >= 0 && streamOffset <= stream.length, "offset " + streamOffset + " outside the stream");
            }
        });
        check(events[0] == expected.size() + expectedErrors, "events " + events[0] + " for "
                + (expected.size() + expectedErrors) + " frames and errors");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
