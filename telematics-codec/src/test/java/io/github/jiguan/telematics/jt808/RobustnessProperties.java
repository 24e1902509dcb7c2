package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Arbitrary and mutated bytes raise only the codec's own exceptions ({@link Jt808Exception}), never
 * another runtime exception, in strict and lenient mode, through the splitter, the decoder, the
 * item parser and the assembler; and every call returns (a hang would fail the build's time limit).
 */
class RobustnessProperties {

    private static final List<Jt808Decoder> DECODERS = List.of(Jt808Decoder.strict(), Jt808Decoder.lenient());

    @Provide
    Arbitrary<byte[]> mutatedFrames() {
        Arbitrary<byte[]> valid = MessageArbitraries.versioned().map(m -> Jt808Encoder.standard().encode(
                Jt808Header.of(m.body().messageId(), m.version(), "13912345678", 1), m.body()));
        Arbitrary<byte[]> vectors = Arbitraries.of(Vector.all().stream().filter(Vector::isFrame).map(Vector::wire).toList());
        Arbitrary<List<int[]>> mutations = Combinators.combine(Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 2))
                .as((at, value, kind) -> new int[] {at, value, kind}).list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(Arbitraries.oneOf(valid, vectors), mutations).as(RobustnessProperties::mutate);
    }

    /** Overwrites, inserts or deletes bytes inside the frame, keeping the delimiters. */
    private static byte[] mutate(byte[] frame, List<int[]> mutations) {
        List<Byte> b = new ArrayList<>();
        for (byte x : frame) {
            b.add(x);
        }
        for (int[] m : mutations) {
            int inner = b.size() - 2;
            int at = 1 + (inner <= 0 ? 0 : m[0] % Math.max(1, inner));
            switch (m[2]) {
                case 0 -> {
                    if (at < b.size() - 1) {
                        b.set(at, (byte) m[1]);
                    }
                }
                case 1 -> b.add(Math.min(at, b.size() - 1), (byte) m[1]);
                default -> {
                    if (b.size() > 2 && at < b.size() - 1) {
                        b.remove(at);
                    }
                }
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    @Property(tries = 2000)
    void mutatedFramesRaiseOnlyTheCodecsExceptions(@ForAll("mutatedFrames") byte[] frame) {
        for (Jt808Decoder d : DECODERS) {
            decodeAll(d, frame);
        }
        for (byte[] f : new Jt808StreamSplitter().feed(frame)) {
            decodeAll(Jt808Decoder.lenient(), f);
        }
    }

    @Property(tries = 1000)
    void arbitraryBytesRaiseOnlyTheCodecsExceptions(@ForAll @Size(max = 200) byte[] bytes) {
        byte[] framed = new byte[bytes.length + 2];
        framed[0] = 0x7e;
        framed[framed.length - 1] = 0x7e;
        System.arraycopy(bytes, 0, framed, 1, bytes.length);
        for (Jt808Decoder d : DECODERS) {
            decodeAll(d, bytes);
            decodeAll(d, framed);
        }
        Jt808StreamSplitter splitter = new Jt808StreamSplitter(64);
        for (byte[] f : splitter.feed(bytes)) {
            decodeAll(Jt808Decoder.strict(), f);
        }
        splitter.drainErrors();
    }

    private static void decodeAll(Jt808Decoder d, byte[] frame) {
        try {
            Jt808Message m = d.decode(frame);
            // reading every typed value must not fail either
            m.body().toString();
            Jt808Encoder.standard().encode(m);
            if (m.header().isSubpackaged() && m.header().subpackageIndex() >= 1
                    && m.header().subpackageIndex() <= m.header().subpackageTotal()) {
                SubpackageAssembler.withDefaults().offer(d.frame(frame, 0, frame.length));
            }
        } catch (Jt808Exception expected) {
            if (expected.getMessage() == null || expected.getMessage().isEmpty()) {
                throw new AssertionError("an exception without a message", expected);
            }
        }
    }
}
