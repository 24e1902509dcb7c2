package io.github.jiguan.testkit.jt808;

import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.jt808.Jt808Messages.Versioned;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * JT/T 808 frames as a terminal or a platform sends them: every message of
 * {@link Jt808Messages#messages()} under a header with a drawn phone number and serial, escaped
 * and delimited by {@link Jt808Encoder#standard()}; the same frames subtly broken, each in one
 * way a strict decoder must refuse; frames damaged at random as a fuzzer would; arbitrary bytes; and
 * streams of frames with garbage between them and delimiters shared between neighbours.
 */
public final class Jt808Frames {

    private static final Jt808Encoder ENCODER = Jt808Encoder.standard();
    private static final int DELIMITER = 0x7e;
    private static final int ESCAPE = 0x7d;

    private Jt808Frames() {
    }

    /**
     * A frame and what is in it.
     *
     * @param message the body and its edition
     * @param header  the header it was sent under
     * @param wire    the frame, delimiters included
     */
    public record Frame(Versioned message, Jt808Header header, Octets wire) {

        /** The frame's bytes (a copy). */
        public byte[] bytes() {
            return wire.toByteArray();
        }
    }

    /** How a broken frame is broken. */
    public enum Flaw {
        /** The check code does not match the content. */
        CHECK_CODE,
        /** The body length in the header is one more or one less than the body (check code recomputed). */
        BODY_LENGTH,
        /** The last body byte is missing (check code recomputed), so the declared length is one too many. */
        TRUNCATED_BODY,
        /** An escape byte 0x7d is followed by 0x03, which is no escape. */
        BAD_ESCAPE
    }

    /**
     * A broken frame.
     *
     * @param frame the frame it was made from
     * @param flaw  what was broken
     * @param wire  the broken frame, delimiters included
     */
    public record Broken(Frame frame, Flaw flaw, Octets wire) {

        /** The broken frame's bytes (a copy). */
        public byte[] bytes() {
            return wire.toByteArray();
        }
    }

    /** A phone number of 1 to 12 digits (2011, 2013) or to 20 (2019); shrinks toward "0". */
    public static Generator<String> phones(ProtocolVersion version) {
        return Generator.strings("0123456789", 1, version.is2019() ? 20 : 12);
    }

    /** Frames of every message id in every edition, with drawn phone numbers and serials. */
    public static Generator<Frame> frames() {
        return Jt808Messages.messages().flatMap(m -> (r, size) -> {
            String phone = phones(m.version()).next(r, size);
            Jt808Header header = Jt808Header.of(m.body().messageId(), m.version(), phone, r.nextInt(0, 65536));
            return new Frame(m, header, Octets.of(ENCODER.encode(header, m.body())));
        });
    }

    /** Valid frames broken in one drawn {@link Flaw} each. */
    public static Generator<Broken> broken() {
        return frames().flatMap(f -> (r, size) -> {
            Flaw flaw = Flaw.values()[r.nextInt(0, Flaw.values().length)];
            return new Broken(f, flaw, Octets.of(breakFrame(f.bytes(), flaw, r)));
        });
    }

    /** {@code frame} (delimiters included) broken by {@code flaw}, drawing from {@code r} where it chooses. */
    public static byte[] breakFrame(byte[] frame, Flaw flaw, RandomGenerator r) {
        byte[] content = unescape(frame);
        switch (flaw) {
            case CHECK_CODE -> content[content.length - 1] ^= (byte) r.nextInt(1, 256);
            case BODY_LENGTH -> {
                int props = ((content[2] & 0xff) << 8) | (content[3] & 0xff);
                int length = props & 0x3ff;
                int wrong = length == 0 || (length < 0x3ff && r.nextBoolean()) ? length + 1 : length - 1;
                props = (props & ~0x3ff) | wrong;
                content[2] = (byte) (props >> 8);
                content[3] = (byte) props;
                content[content.length - 1] = check(content, content.length - 1);
            }
            case TRUNCATED_BODY -> {
                int props = ((content[2] & 0xff) << 8) | (content[3] & 0xff);
                if ((props & 0x3ff) == 0) {
                    return breakFrame(frame, Flaw.BODY_LENGTH, r); // no body byte to drop
                }
                byte[] shorter = Arrays.copyOf(content, content.length - 1);
                shorter[shorter.length - 1] = check(shorter, shorter.length - 1);
                content = shorter;
            }
            case BAD_ESCAPE -> {
                byte[] escaped = escape(content);
                int at = 1 + r.nextInt(0, escaped.length - 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream(escaped.length + 2);
                out.write(escaped, 0, at);
                out.write(ESCAPE);
                out.write(0x03);
                out.write(escaped, at, escaped.length - at);
                return out.toByteArray();
            }
            default -> throw new IllegalArgumentException("flaw " + flaw);
        }
        return escape(content);
    }

    /**
     * The frames of {@code frames} damaged as a fuzzer would: one to four bytes overwritten, inserted
     * or deleted between the delimiters. Half of the time the body length and the check code are then
     * made to fit again, so that the damage gets past the framing to the header and body decoders.
     */
    public static Generator<byte[]> mutated(Generator<byte[]> frames) {
        return (r, size) -> {
            byte[] content = unescape(frames.next(r, size));
            int mutations = r.nextInt(1, 5);
            for (int m = 0; m < mutations; m++) {
                content = mutate(content, r);
            }
            if (content.length > 1 && r.nextBoolean()) {
                fitLength(content);
                content[content.length - 1] = check(content, content.length - 1);
            }
            return escape(content);
        };
    }

    private static byte[] mutate(byte[] content, RandomGenerator r) {
        int at = content.length == 0 ? 0 : r.nextInt(0, content.length);
        byte value = (byte) r.nextInt(0, 256);
        switch (r.nextInt(0, 3)) {
            case 0 -> {
                if (content.length > 0) {
                    content[at] = value;
                }
                return content;
            }
            case 1 -> {
                byte[] longer = new byte[content.length + 1];
                System.arraycopy(content, 0, longer, 0, at);
                longer[at] = value;
                System.arraycopy(content, at, longer, at + 1, content.length - at);
                return longer;
            }
            default -> {
                if (content.length == 0) {
                    return content;
                }
                byte[] shorter = new byte[content.length - 1];
                System.arraycopy(content, 0, shorter, 0, at);
                System.arraycopy(content, at + 1, shorter, at, shorter.length - at);
                return shorter;
            }
        }
    }

    /** Sets the body length that de-escaped {@code content} declares to the body bytes it holds, where it can. */
    private static void fitLength(byte[] content) {
        if (content.length < 13) {
            return;
        }
        int props = ((content[2] & 0xff) << 8) | (content[3] & 0xff);
        int header = ((props & 0x4000) != 0 ? 17 : 12) + ((props & 0x2000) != 0 ? 4 : 0);
        int body = content.length - header - 1;
        if (body >= 0 && body <= 0x3ff) {
            props = (props & ~0x3ff) | body;
            content[2] = (byte) (props >> 8);
            content[3] = (byte) props;
        }
    }

    /** Up to {@code max} arbitrary bytes, delimiters and escapes included. */
    public static Generator<byte[]> arbitrary(int max) {
        return Generator.bytes(0, max);
    }

    /** Up to {@code max} bytes without 0x7e: what a stream may carry between two frames. */
    public static Generator<byte[]> garbage(int max) {
        return (r, size) -> {
            byte[] b = new byte[r.nextInt(0, Math.min(max, Math.max(size, 0)) + 1)];
            for (int i = 0; i < b.length; i++) {
                int v = r.nextInt(0, 255);
                b[i] = (byte) (v >= DELIMITER ? v + 1 : v);
            }
            return b;
        };
    }

    /**
     * A byte stream of 1 to {@code maxFrames} frames of {@code frame}, each preceded by up to
     * {@code maxGarbage} bytes of {@link #garbage} or sharing its opening delimiter with the closing
     * one of the frame before, as some terminals send them.
     */
    public static Generator<Stream> stream(Generator<byte[]> frame, int maxFrames, int maxGarbage) {
        Generator<byte[]> garbage = garbage(maxGarbage);
        return (r, size) -> {
            int n = r.nextInt(1, maxFrames + 1);
            List<Octets> frames = new ArrayList<>(n);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int garbageBytes = 0;
            for (int i = 0; i < n; i++) {
                byte[] f = frame.next(r, size);
                frames.add(Octets.of(f));
                if (i > 0 && r.nextInt(0, 4) == 0) {
                    out.write(f, 1, f.length - 1);
                } else {
                    byte[] g = garbage.next(r, size);
                    garbageBytes += g.length;
                    out.writeBytes(g);
                    out.writeBytes(f);
                }
            }
            return new Stream(Octets.of(out.toByteArray()), List.copyOf(frames), garbageBytes);
        };
    }

    /**
     * A stream of frames with garbage between them.
     *
     * @param wire         the stream's bytes
     * @param frames       the frames in it, in order, each with both its delimiters
     * @param garbageBytes how many bytes of garbage it carries between the frames
     */
    public record Stream(Octets wire, List<Octets> frames, int garbageBytes) {

        /** Requires the bytes and the frames. */
        public Stream {
            Objects.requireNonNull(wire, "wire");
            frames = List.copyOf(frames);
        }

        /** The stream's bytes (a copy). */
        public byte[] bytes() {
            return wire.toByteArray();
        }
    }

    /** The content between the delimiters, unescaped: header, body and check code. */
    static byte[] unescape(byte[] frame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(frame.length);
        for (int i = 1; i < frame.length - 1; i++) {
            int b = frame[i] & 0xff;
            if (b == ESCAPE && i + 1 < frame.length - 1) {
                int next = frame[++i] & 0xff;
                out.write(next == 0x01 ? ESCAPE : next == 0x02 ? DELIMITER : next);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** The frame of {@code content}: escaped and delimited. */
    static byte[] escape(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 8);
        out.write(DELIMITER);
        for (byte c : content) {
            int b = c & 0xff;
            if (b == DELIMITER || b == ESCAPE) {
                out.write(ESCAPE);
                out.write(b == ESCAPE ? 0x01 : 0x02);
            } else {
                out.write(b);
            }
        }
        out.write(DELIMITER);
        return out.toByteArray();
    }

    /** The XOR of the first {@code n} bytes. */
    private static byte check(byte[] content, int n) {
        int x = 0;
        for (int i = 0; i < n; i++) {
            x ^= content[i];
        }
        return (byte) x;
    }
}
