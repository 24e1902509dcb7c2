package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.jt808.Jt808Frames;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary and mutated bytes raise only the codec's own exceptions ({@link Jt808Exception}), never
 * another runtime exception, in strict and lenient mode, through the splitter, the decoder, the item
 * parser, the assembler and the stream decoder; every frame that decodes verified re-encodes to its
 * bytes; and every call returns (a hang would fail the build's time limit).
 */
class RobustnessProperties {

    private static final List<Jt808Decoder> DECODERS = List.of(Jt808Decoder.strict(), Jt808Decoder.lenient());
    private static final List<byte[]> VECTORS = Vector.all().stream().filter(Vector::isFrame).map(Vector::wire).toList();

    /** Valid frames of every message id and edition, and the frames of the public vectors. */
    static Generator<byte[]> seeds() {
        return Generator.oneOf(PropertyCheck.validFrames(), (r, size) -> VECTORS.get(r.nextInt(0, VECTORS.size())));
    }

    @Test
    void mutatedFramesRaiseOnlyTheCodecsExceptions() {
        PropertyCheck.forAllBytes(2000, Jt808Frames.mutated(seeds()), frame -> {
            for (Jt808Decoder d : DECODERS) {
                decodeAll(d, frame);
            }
            for (byte[] f : new Jt808StreamSplitter().feed(frame)) {
                decodeAll(Jt808Decoder.lenient(), f);
            }
        });
    }

    @Test
    void arbitraryBytesRaiseOnlyTheCodecsExceptions() {
        PropertyCheck.forAllBytes(1000, Jt808Frames.arbitrary(200), bytes -> {
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
        });
    }

    @Test
    void everyFrameThatDecodesVerifiedReEncodesToItsBytes() {
        PropertyCheck.forAllBytes(3000, Jt808Frames.mutated(seeds()), frame -> {
            Jt808Message m;
            try {
                m = Jt808Decoder.lenient().decode(frame);
            } catch (Jt808Exception notAFrame) {
                return;
            }
            if (m.verified()) {
                assertEquals(HexFormat.of().formatHex(frame), HexFormat.of().formatHex(Jt808Encoder.standard().encode(m)));
            }
        });
    }

    /** Counts what a stream decoder reports. */
    private static final class Count implements Jt808StreamDecoder.Listener {
        int events;

        @Override
        public void message(Jt808Message message, long streamOffset) {
            events++;
        }

        @Override
        public void fragment(Jt808Message fragment, long streamOffset) {
            events++;
        }

        @Override
        public void reassembled(Jt808Message message, long streamOffset) {
        }

        @Override
        public void error(Jt808Exception error, long streamOffset) {
            events++;
        }
    }

    @Test
    void theStreamDecoderReportsExactlyOneEventPerFrameWhateverTheBytes() {
        Generator<byte[]> streams = Generator.oneOf(Jt808Frames.arbitrary(600),
                (r, size) -> concat(Generator.listOf(Jt808Frames.mutated(seeds()), 0, 8).next(r, size)));
        PropertyCheck.forAllBytes(500, streams, bytes -> {
            for (Jt808Decoder d : DECODERS) {
                Count count = new Count();
                Jt808StreamDecoder stream = new Jt808StreamDecoder(d, SubpackageAssembler.withDefaults(), 300);
                for (int p = 0; p < bytes.length; p += 97) {
                    stream.feed(bytes, p, Math.min(97, bytes.length - p), count);
                }
                Jt808StreamSplitter splitter = new Jt808StreamSplitter(300);
                int frames = splitter.feed(bytes).size() + splitter.drainErrors().size();
                assertEquals(frames, count.events, "one message, fragment or error per frame");
            }
        });
    }

    private static byte[] concat(List<byte[]> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
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
        } catch (RuntimeException e) {
            throw new AssertionError("not the codec's exception: " + e, e);
        }
    }
}
