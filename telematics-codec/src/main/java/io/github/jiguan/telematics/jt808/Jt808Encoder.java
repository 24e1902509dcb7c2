package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.jt808.codec.BodyCodec;
import io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.codec.BodyTooLongException;
import io.github.jiguan.telematics.jt808.codec.BodyWriter;
import io.github.jiguan.telematics.jt808.message.Jt808Body;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.RawBody;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Encodes messages into wire frames: body through the codec of its message id, header, check code,
 * escaping. A platform answers terminals with it, and a terminal simulator talks to a platform. A
 * body longer than the maximum is split into subpackages with consecutive serial numbers.
 *
 * <p>Immutable and thread-safe.
 */
public final class Jt808Encoder {

    private final BodyCodecRegistry registry;
    private final int maxBodyLength;

    private Jt808Encoder(BodyCodecRegistry registry, int maxBodyLength) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.maxBodyLength = Bits.checkRange("maxBodyLength", maxBodyLength, 1, Jt808Frame.MAX_BODY_LENGTH);
    }

    /** An encoder of the standard message table that splits bodies over 1023 bytes. */
    public static Jt808Encoder standard() {
        return new Jt808Encoder(BodyCodecRegistry.standard(), Jt808Frame.MAX_BODY_LENGTH);
    }

    /** An encoder with {@code registry} that splits bodies over {@code maxBodyLength} bytes (1–1023). */
    public static Jt808Encoder of(BodyCodecRegistry registry, int maxBodyLength) {
        return new Jt808Encoder(registry, maxBodyLength);
    }

    /**
     * Per-thread buffers, so that encoding a frame allocates only the frame: the body is written into
     * a reused writer, header and body into a reused array, and only the escaped result is new
     * (0x0200 with 12 items: about 1,900 bytes allocated per frame before, the frame's ~120 after).
     * A codec that encodes a nested message re-enters; it then gets fresh buffers.
     */
    private static final class Scratch {
        final BodyWriter body = new BodyWriter(ProtocolVersion.V2013);
        byte[] content = new byte[2 * (21 + Jt808Frame.MAX_BODY_LENGTH + 1)];
        boolean busy;
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static Scratch acquire() {
        Scratch s = SCRATCH.get();
        if (s.busy) {
            return new Scratch();
        }
        s.busy = true;
        return s;
    }

    /**
     * The body bytes of {@code body} in the layout of {@code version} (records that carry their own
     * layout, such as {@code RegisterRequest}, use it).
     */
    public byte[] encodeBody(Jt808Body body, ProtocolVersion version) {
        BodyWriter out = new BodyWriter(version);
        writeBody(body, out);
        return out.toByteArray();
    }

    private void writeBody(Jt808Body body, BodyWriter out) {
        if (body instanceof RawBody raw) {
            out.bytes(raw.bytes());
        } else {
            write(body, out);
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends Jt808Body> void write(T body, BodyWriter out) {
        BodyCodec<T> codec = (BodyCodec<T>) registry.find(body.messageId());
        if (codec == null || !codec.type().isInstance(body)) {
            throw new IllegalArgumentException("no codec for " + body.getClass().getSimpleName() + " as "
                    + MessageId.hex(body.messageId()));
        }
        codec.encode(body, out);
    }

    /**
     * One wire frame of {@code body} with {@code header} (whose message id is replaced by the body's).
     *
     * @throws BodyTooLongException if the body is longer than the maximum; use {@link #encodeAll}
     */
    public byte[] encode(Jt808Header header, Jt808Body body) {
        Scratch s = acquire();
        try {
            BodyWriter b = s.body.reset(header.version());
            writeBody(body, b);
            if (b.size() > maxBodyLength) {
                throw new BodyTooLongException("one frame (use encodeAll to split it into subpackages)", b.size(),
                        maxBodyLength);
            }
            Jt808Header h = header.messageId() == body.messageId() ? header : header.withMessageId(body.messageId());
            int p = h.writeTo(s.content, 0, b.size());
            b.copyTo(s.content, p);
            return Jt808Frame.escape(s.content, 0, p + b.size());
        } finally {
            s.busy = false;
        }
    }

    /**
     * Re-encodes a decoded message: its header as it was (version byte, encryption and reserved bits
     * kept, body length recomputed), its body and any trailing bytes.
     *
     * <p>The round-trip promise: for every frame that {@link Jt808Decoder} decodes (strict or lenient)
     * with {@link Jt808Message#verified()} true, through a registry whose codecs round-trip (the standard
     * ones do), this returns exactly the frame's wire bytes. What makes it hold: a typed additional item
     * is typed only when it re-encodes to its bytes (otherwise it stays raw); text that is not GBK keeps
     * each undecodable byte as the lone surrogate U+DC00 + byte; fixed text fields drop only their
     * trailing 0x00 padding; lenient decoding keeps bytes after the last field ({@link Jt808Message#trailing()}),
     * a body that does not fit its layout as raw bytes, and an absent optional count as absent; the
     * header keeps its phone digits, reserved bit and version byte. It does not promise: a frame whose
     * check code or declared body length was wrong comes back with the right ones; a reassembled message
     * does not fit one frame (split it with {@link #encodeAll}, whose fragments have this encoder's
     * maximum length, not the terminal's).
     *
     * @throws BodyTooLongException if the body is longer than a frame can carry (a reassembled message)
     */
    public byte[] encode(Jt808Message message) {
        Scratch s = acquire();
        try {
            BodyWriter b = s.body.reset(message.version());
            writeBody(message.body(), b);
            b.bytes(message.trailing());
            if (b.size() > Jt808Frame.MAX_BODY_LENGTH) {
                throw new BodyTooLongException("one frame (a reassembled message? use encodeAll to split it)",
                        b.size(), Jt808Frame.MAX_BODY_LENGTH);
            }
            int p = message.header().writeTo(s.content, 0, b.size());
            b.copyTo(s.content, p);
            return Jt808Frame.escape(s.content, 0, p + b.size());
        } finally {
            s.busy = false;
        }
    }

    /**
     * The frames of {@code body}: one when it fits, otherwise subpackages of at most the maximum body
     * length each, numbered 1 to n, with serial numbers {@code header.serial()}, +1, … (mod 65536).
     *
     * @throws BodyTooLongException if the body needs more than 65,535 subpackages
     */
    public List<byte[]> encodeAll(Jt808Header header, Jt808Body body) {
        byte[] b = encodeBody(body, header.version());
        Jt808Header h = header.withMessageId(body.messageId());
        if (b.length <= maxBodyLength) {
            return List.of(frame(h, b, 0, b.length));
        }
        int total = (b.length + maxBodyLength - 1) / maxBodyLength;
        if (total > 0xffff) {
            throw new BodyTooLongException("65,535 subpackages of " + maxBodyLength + " bytes", b.length,
                    (long) maxBodyLength * 0xffff);
        }
        List<byte[]> frames = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            int from = i * maxBodyLength;
            int to = Math.min(b.length, from + maxBodyLength);
            Jt808Header part = h.withSerial((header.serial() + i) & 0xffff).withSubpackage(total, i + 1);
            frames.add(frame(part, b, from, to - from));
        }
        return frames;
    }

    private static byte[] frame(Jt808Header header, byte[] body, int offset, int length) {
        byte[] content = new byte[header.length() + length + 1];
        int p = header.writeTo(content, 0, length);
        System.arraycopy(body, offset, content, p, length);
        return Jt808Frame.escape(content, 0, content.length - 1);
    }

    /** The maximum body length before splitting. */
    public int maxBodyLength() {
        return maxBodyLength;
    }

    @Override
    public String toString() {
        return "Jt808Encoder[maxBodyLength=" + maxBodyLength + ", ids=" + Arrays.toString(registry.messageIds().toArray())
                + "]";
    }
}
