package io.github.jiguan.testkit.jt808;

import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Frame;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.testkit.Generator;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of JT/T 808 wire frames, engine-neutral: valid frames of every message id and edition,
 * the same frames subtly broken (bytes overwritten, inserted or deleted inside the delimiters, with the
 * length field and check code then made right again half of the time, so that the damage reaches the
 * body decoders), arbitrary bytes, and streams of frames with garbage between them and delimiters
 * shared between neighbours.
 */
public final class Jt808Frames {

    private Jt808Frames() {
    }

    /** A valid frame: a message of {@link Jt808Messages#versioned()} under a random phone and serial. */
    public static Generator<byte[]> valid() {
        Generator<Jt808Messages.Versioned> messages = Jt808Messages.versioned();
        return (r, size) -> {
            Jt808Messages.Versioned m = messages.next(r, size);
            String phone = Jt808Messages.digits(r, r.nextInt(1, 13));
            Jt808Header h = Jt808Header.of(m.body().messageId(), m.version(), phone, Jt808Messages.u16(r));
            return Jt808Encoder.standard().encode(h, m.body());
        };
    }

    /**
     * One of {@code frames}, broken by one to four overwritten, inserted or deleted bytes inside its
     * delimiters; half of the time the body length and the check code are then made to fit again.
     */
    public static Generator<byte[]> mutated(Generator<byte[]> frames) {
        return (r, size) -> {
            byte[] frame = frames.next(r, size);
            byte[] content = Jt808Frame.unescape(frame, 1, frame.length - 2);
            List<Byte> b = new ArrayList<>(content.length);
            for (byte x : content) {
                b.add(x);
            }
            int mutations = r.nextInt(1, 5);
            for (int m = 0; m < mutations; m++) {
                mutate(b, r);
            }
            byte[] out = new byte[b.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = b.get(i);
            }
            if (r.nextBoolean() && out.length > 1) {
                // framing made right: the damage is for the header and body decoders to find
                fitLength(out);
                return Jt808Frame.escape(out, 0, out.length - 1);
            }
            return escapeAsIs(out);
        };
    }

    private static void mutate(List<Byte> b, RandomGenerator r) {
        int at = b.isEmpty() ? 0 : r.nextInt(0, b.size());
        byte value = (byte) r.nextInt(0, 256);
        switch (r.nextInt(0, 3)) {
            case 0 -> {
                if (!b.isEmpty()) {
                    b.set(at, value);
                }
            }
            case 1 -> b.add(at, value);
            default -> {
                if (!b.isEmpty()) {
                    b.remove(at);
                }
            }
        }
    }

    /** Sets the declared body length of de-escaped {@code content} (header, body, check code) to the bytes present. */
    private static void fitLength(byte[] content) {
        if (content.length < 13) {
            return;
        }
        int properties = (content[2] & 0xff) << 8 | content[3] & 0xff;
        int header = ((properties & 0x4000) != 0 ? 17 : 12) + ((properties & 0x2000) != 0 ? 4 : 0);
        int body = content.length - header - 1;
        if (body >= 0 && body <= 0x3ff) {
            properties = properties & ~0x3ff | body;
            content[2] = (byte) (properties >>> 8);
            content[3] = (byte) properties;
        }
    }

    /** Escapes and delimits content whose last byte is kept as its check code, right or wrong. */
    private static byte[] escapeAsIs(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 8);
        out.write(0x7e);
        for (byte x : content) {
            if (x == 0x7e || x == 0x7d) {
                out.write(0x7d);
                out.write(x == 0x7e ? 0x02 : 0x01);
            } else {
                out.write(x);
            }
        }
        out.write(0x7e);
        return out.toByteArray();
    }

    /** Up to {@code max} arbitrary bytes. */
    public static Generator<byte[]> arbitrary(int max) {
        return Generator.bytes(0, max);
    }

    /** Up to {@code max} bytes without 0x7e: what a stream may carry between frames. */
    public static Generator<byte[]> garbage(int max) {
        return (r, size) -> {
            byte[] b = new byte[r.nextInt(0, Math.min(max, size) + 1)];
            for (int i = 0; i < b.length; i++) {
                int v = r.nextInt(0, 255);
                b[i] = (byte) (v >= 0x7e ? v + 1 : v);
            }
            return b;
        };
    }

    /**
     * A stream of {@code frames}: each preceded by garbage, or sharing its opening delimiter with the
     * closing one of the frame before; the frames come back from {@link Stream#frames()}.
     */
    public static Generator<Stream> stream(Generator<byte[]> frame, int maxFrames, int maxGarbage) {
        Generator<byte[]> garbage = garbage(maxGarbage);
        return (r, size) -> {
            int n = r.nextInt(1, maxFrames + 1);
            List<byte[]> frames = new ArrayList<>(n);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int garbageBytes = 0;
            for (int i = 0; i < n; i++) {
                byte[] f = frame.next(r, size);
                frames.add(f);
                if (i > 0 && r.nextInt(0, 4) == 0) {
                    out.write(f, 1, f.length - 1);
                    continue;
                }
                byte[] g = garbage.next(r, size);
                garbageBytes += g.length;
                out.writeBytes(g);
                out.writeBytes(f);
            }
            return new Stream(out.toByteArray(), List.copyOf(frames), garbageBytes);
        };
    }

    /** A stream, the frames in it and the garbage bytes between them. */
    public record Stream(byte[] bytes, List<byte[]> frames, int garbageBytes) {
        @Override
        public String toString() {
            return "Stream[" + frames.size() + " frames, " + garbageBytes + " garbage bytes: "
                    + java.util.HexFormat.of().formatHex(bytes) + "]";
        }
    }
}
