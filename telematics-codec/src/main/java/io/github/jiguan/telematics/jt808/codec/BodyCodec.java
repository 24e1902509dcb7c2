package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.message.Jt808Body;
import io.github.jiguan.telematics.jt808.message.MessageId;

/**
 * Decodes and encodes the body of one message id. The standard ids have codecs in
 * {@link BodyCodecRegistry#standard()}; a platform can register its own for vendor ids.
 * Implementations are stateless and thread-safe.
 *
 * @param <T> the body record
 */
public interface BodyCodec<T extends Jt808Body> {

    /** The 16-bit message id this codec handles. */
    int messageId();

    /** The body type this codec produces and accepts. */
    Class<T> type();

    /** Reads a body; the reader knows the header, the version and the options. */
    T decode(BodyReader in);

    /** Writes {@code body} in the layout of {@link BodyWriter#version()}. */
    void encode(T body, BodyWriter out);

    /** A codec from a message id, a type and two functions. */
    static <T extends Jt808Body> BodyCodec<T> of(int messageId, Class<T> type,
            java.util.function.Function<BodyReader, T> decoder,
            java.util.function.BiConsumer<T, BodyWriter> encoder) {
        return new BodyCodec<>() {
            @Override
            public int messageId() {
                return messageId;
            }

            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public T decode(BodyReader in) {
                return decoder.apply(in);
            }

            @Override
            public void encode(T body, BodyWriter out) {
                encoder.accept(body, out);
            }

            @Override
            public String toString() {
                return "BodyCodec[" + MessageId.hex(messageId) + " " + type.getSimpleName() + "]";
            }
        };
    }
}
