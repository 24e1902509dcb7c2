package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.jt808.codec.BodyCodec;
import io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.codec.BodyReader;
import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.codec.InvalidFieldException;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.message.Jt808Body;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.RawBody;
import io.github.jiguan.telematics.jt808.message.RegisterRequest;
import java.util.Objects;

/**
 * Decodes JT/T 808 frames into messages: de-escapes, verifies the check code, reads the header and
 * hands the body to the codec of its message id. A message id without a codec, an encrypted body and
 * one fragment of a subpackaged message decode to a {@link RawBody} without error. In lenient mode a
 * body that does not fit its layout also decodes to a {@link RawBody}, with the error attached.
 *
 * <p>Immutable and thread-safe. Decoding a wire frame de-escapes into a per-thread scratch buffer,
 * so that the only allocations are the message and what it keeps.
 */
public final class Jt808Decoder {

    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[2048]);

    private final BodyCodecRegistry registry;
    private final DecodeOptions options;

    private Jt808Decoder(BodyCodecRegistry registry, DecodeOptions options) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A strict decoder of the standard message table. */
    public static Jt808Decoder strict() {
        return new Jt808Decoder(BodyCodecRegistry.standard(), DecodeOptions.STRICT);
    }

    /** A lenient decoder of the standard message table (see {@link DecodeOptions#LENIENT}). */
    public static Jt808Decoder lenient() {
        return new Jt808Decoder(BodyCodecRegistry.standard(), DecodeOptions.LENIENT);
    }

    /** A decoder with {@code registry} and {@code options}. */
    public static Jt808Decoder of(BodyCodecRegistry registry, DecodeOptions options) {
        return new Jt808Decoder(registry, options);
    }

    /** The options. */
    public DecodeOptions options() {
        return options;
    }

    /** Decodes one wire frame, 0x7e delimiters included. */
    public Jt808Message decode(byte[] wire) {
        return decode(wire, 0, wire.length);
    }

    /**
     * Decodes the wire frame in {@code wire[offset, offset + length)}.
     *
     * @throws Jt808Exception if the frame or its body is bad; the exception names what and where
     */
    public Jt808Message decode(byte[] wire, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, wire.length);
        byte[] data = SCRATCH.get();
        if (data.length < length) {
            data = new byte[length];
            SCRATCH.set(data);
        }
        int packed = Jt808Frame.unescapeInto(wire, offset, length, data);
        int n = packed >>> 8;
        boolean xorOk = (packed & 0xff) == 0;
        Jt808Header header = Jt808Frame.readHeader(data, n, xorOk, options);
        int bodyOffset = header.length();
        return decodeBody(header, data, bodyOffset, n - 1 - bodyOffset, xorOk);
    }

    /** Decodes the body of a parsed frame (for example one that {@link SubpackageAssembler} reassembled). */
    public Jt808Message decode(Jt808Frame frame) {
        return decodeBody(frame.header(), frame.rawData(), frame.bodyOffset(), frame.bodyLength(), frame.checksumOk());
    }

    /** Parses a wire frame into a {@link Jt808Frame} with this decoder's strictness (for the assembler). */
    public Jt808Frame frame(byte[] wire, int offset, int length) {
        return Jt808Frame.parse(wire, offset, length, options);
    }

    private Jt808Message decodeBody(Jt808Header header, byte[] data, int bodyOffset, int bodyLength, boolean xorOk) {
        boolean lengthOk = header.declaredBodyLength() == bodyLength;
        BodyCodec<?> codec = header.isSubpackaged() || header.isEncrypted() ? null : registry.find(header.messageId());
        if (codec == null) {
            RawBody raw = new RawBody(header.messageId(), Octets.of(data, bodyOffset, bodyLength));
            return new Jt808Message(header, raw, xorOk, lengthOk, Octets.empty(), editionOf(header), null);
        }
        BodyReader in = BodyReader.of(data, bodyOffset, bodyOffset + bodyLength, header.version().is2019(), options);
        Jt808Body body;
        try {
            body = codec.decode(in);
        } catch (Jt808Exception e) {
            if (options.strict()) {
                throw e;
            }
            RawBody raw = new RawBody(header.messageId(), Octets.of(data, bodyOffset, bodyLength));
            return new Jt808Message(header, raw, xorOk, lengthOk, Octets.empty(), editionOf(header), e);
        } catch (IllegalArgumentException e) {
            // a record refused a decoded value: report it as the codec's own exception
            InvalidFieldException error = in.invalid(MessageId.hex(header.messageId()) + " body", e.getMessage(),
                    bodyOffset, bodyOffset + bodyLength);
            if (options.strict()) {
                throw error;
            }
            RawBody raw = new RawBody(header.messageId(), Octets.of(data, bodyOffset, bodyLength));
            return new Jt808Message(header, raw, xorOk, lengthOk, Octets.empty(), editionOf(header), error);
        }
        Octets trailing = Octets.empty();
        if (in.hasRemaining()) {
            if (options.strict()) {
                throw in.invalid(MessageId.hex(header.messageId()) + " body",
                        in.remaining() + " bytes left after the last field", in.position(), bodyOffset + bodyLength);
            }
            trailing = Octets.of(data, in.position(), in.remaining());
        }
        ProtocolVersion edition = body instanceof RegisterRequest r && !header.version().is2019() ? r.layout()
                : editionOf(header);
        return new Jt808Message(header, body, xorOk, lengthOk, trailing, edition, null);
    }

    private ProtocolVersion editionOf(Jt808Header header) {
        return header.version().is2019() ? ProtocolVersion.V2019 : options.unflaggedEdition();
    }
}
