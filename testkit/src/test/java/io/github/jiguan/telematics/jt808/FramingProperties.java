package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.jt808.Jt808Frames;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Escaping round-trips, and any chunking of a stream of frames yields the same frames. */
class FramingProperties {

    @Test
    void escapingRoundTripsAndLeavesNoDelimiterInside() {
        PropertyCheck.forAllBytes(500, Generator.bytes(0, 300), content -> {
            byte[] wire = Jt808Frame.escape(content, 0, content.length);
            assertEquals(0x7e, wire[0] & 0xff);
            assertEquals(0x7e, wire[wire.length - 1] & 0xff);
            for (int i = 1; i < wire.length - 1; i++) {
                assertTrue(wire[i] != 0x7e, "no 0x7e inside at " + i);
            }
            byte[] back = Jt808Frame.unescape(wire, 1, wire.length - 2);
            assertArrayEquals(content, Arrays.copyOf(back, content.length));
            int xor = 0;
            for (byte b : back) {
                xor ^= b;
            }
            assertEquals(0, xor & 0xff, "the appended check code makes the XOR zero");
        });
    }

    /** Frames with garbage before each, fed in chunks of the given sizes. */
    record Chunked(List<byte[]> frames, byte[] garbage, List<Integer> cuts) {
        @Override
        public String toString() {
            return frames.size() + " frames, garbage " + java.util.HexFormat.of().formatHex(garbage) + ", cuts " + cuts;
        }
    }

    private static List<byte[]> feedInChunks(Jt808StreamSplitter splitter, byte[] all, List<Integer> cuts) {
        List<byte[]> out = new ArrayList<>();
        int p = 0;
        for (int cut : cuts) {
            int n = Math.min(cut, all.length - p);
            out.addAll(splitter.feed(Arrays.copyOfRange(all, p, p + n)));
            p += n;
        }
        out.addAll(splitter.feed(Arrays.copyOfRange(all, p, all.length)));
        return out;
    }

    @Test
    void anyChunkingYieldsTheSameFrames() {
        Generator<List<byte[]>> frames = Generator.listOf(PropertyCheck.validFrames(), 1, 6);
        Generator<Chunked> cases = (r, size) -> new Chunked(frames.next(r, size), Jt808Frames.garbage(8).next(r, size),
                Generator.listOf(Generator.ints(1, 200), 0, 40).next(r, size));
        PropertyCheck.forAll(300, cases, Chunked::toString, c -> {
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            for (byte[] f : c.frames()) {
                stream.writeBytes(c.garbage());
                stream.writeBytes(f);
            }
            Jt808StreamSplitter splitter = new Jt808StreamSplitter();
            List<byte[]> out = feedInChunks(splitter, stream.toByteArray(), c.cuts());
            assertEquals(c.frames().size(), out.size());
            for (int i = 0; i < c.frames().size(); i++) {
                assertArrayEquals(c.frames().get(i), out.get(i));
            }
            assertEquals((long) c.garbage().length * c.frames().size(), splitter.skippedBytes());
            assertEquals(0, splitter.pendingBytes());
        });
    }

    /** A stream whose frames are separated by garbage or share delimiters, and its chunking. */
    record Shared(Jt808Frames.Stream stream, List<Integer> cuts) {
    }

    @Test
    void framesSharingDelimitersComeOutWholeInAnyChunking() {
        Generator<Jt808Frames.Stream> streams = Jt808Frames.stream(PropertyCheck.validFrames(), 6, 12);
        Generator<Shared> cases = streams.with(Generator.listOf(Generator.ints(1, 200), 0, 40), Shared::new);
        PropertyCheck.forAll(300, cases, Shared::toString, c -> {
            Jt808StreamSplitter splitter = new Jt808StreamSplitter();
            List<byte[]> out = feedInChunks(splitter, c.stream().bytes(), c.cuts());
            assertEquals(c.stream().frames().size(), out.size());
            for (int i = 0; i < out.size(); i++) {
                assertArrayEquals(c.stream().frames().get(i).toByteArray(), out.get(i));
            }
            assertEquals(c.stream().garbageBytes(), splitter.skippedBytes());
        });
    }
}
