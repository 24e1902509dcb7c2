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
     * The body bytes of {@code body} in the layout of {@code version} (records that carry their own
     * layout, such as {@code RegisterRequest}, use it).
     */
    public byte[] encodeBody(Jt808Body body, ProtocolVersion version) {
        if (body instanceof RawBody raw) {
            return raw.bytes().toByteArray();
        }
        BodyWriter out = new BodyWriter(version);
        write(body, out);
        return out.toByteArray();
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
        byte[] b = encodeBody(body, header.version());
        if (b.length > maxBodyLength) {
            throw new BodyTooLongException("one frame (use encodeAll to split it into subpackages)", b.length,
                    maxBodyLength);
        }
        return frame(header.withMessageId(body.messageId()), b, 0, b.length, new byte[0]);
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
        byte[] b = encodeBody(message.body(), message.version());
        byte[] trailing = message.trailing().toByteArray();
        if (b.length + trailing.length > Jt808Frame.MAX_BODY_LENGTH) {
            throw new BodyTooLongException("one frame (a reassembled message? use encodeAll to split it)",
                    b.length + trailing.length, Jt808Frame.MAX_BODY_LENGTH);
        }
        return frame(message.header(), b, 0, b.length, trailing);
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
            return List.of(frame(h, b, 0, b.length, new byte[0]));
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
            frames.add(frame(part, b, from, to - from, new byte[0]));
        }
        return frames;
    }

    private static byte[] frame(Jt808Header header, byte[] body, int offset, int length, byte[] trailing) {
        int bodyLength = length + trailing.length;
        byte[] content = new byte[header.length() + bodyLength + 1];
        int p = header.writeTo(content, 0, bodyLength);
        System.arraycopy(body, offset, content, p, length);
        System.arraycopy(trailing, 0, content, p + length, trailing.length);
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
