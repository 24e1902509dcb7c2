package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Escaping round-trips, and any chunking of a stream of frames yields the same frames. */
class FramingProperties {

    @Property(tries = 500)
    void escapingRoundTripsAndLeavesNoDelimiterInside(@ForAll @Size(max = 300) byte[] content) {
        byte[] wire = Jt808Frame.escape(content, 0, content.length);
        assertEquals(0x7e, wire[0] & 0xff);
        assertEquals(0x7e, wire[wire.length - 1] & 0xff);
        for (int i = 1; i < wire.length - 1; i++) {
            assertTrue(wire[i] != 0x7e, "no 0x7e inside at " + i);
        }
        byte[] back = Jt808Frame.unescape(wire, 1, wire.length - 2);
        assertArrayEquals(content, java.util.Arrays.copyOf(back, content.length));
        int xor = 0;
        for (byte b : back) {
            xor ^= b;
        }
        assertEquals(0, xor & 0xff, "the appended check code makes the XOR zero");
    }

    @Provide
    Arbitrary<List<byte[]>> frames() {
        return MessageArbitraries.versioned().map(m -> Jt808Encoder.standard().encode(
                Jt808Header.of(m.body().messageId(), m.version(), "13912345678", 1), m.body())).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        return Arbitraries.bytes().filter(b -> b != 0x7e).array(byte[].class).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(1, 200).list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void anyChunkingYieldsTheSameFrames(@ForAll("frames") List<byte[]> frames, @ForAll("garbage") byte[] garbage,
            @ForAll("cuts") List<Integer> cuts) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (byte[] f : frames) {
            stream.writeBytes(garbage);
            stream.writeBytes(f);
        }
        byte[] all = stream.toByteArray();
        Jt808StreamSplitter splitter = new Jt808StreamSplitter();
        List<byte[]> out = new ArrayList<>();
        int p = 0;
        for (int cut : cuts) {
            int n = Math.min(cut, all.length - p);
            out.addAll(splitter.feed(java.util.Arrays.copyOfRange(all, p, p + n)));
            p += n;
        }
        out.addAll(splitter.feed(java.util.Arrays.copyOfRange(all, p, all.length)));
        assertEquals(frames.size(), out.size());
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(frames.get(i), out.get(i));
        }
        assertEquals((long) garbage.length * frames.size(), splitter.skippedBytes());
        assertEquals(0, splitter.pendingBytes());
    }
}
