package io.github.jiguan.telematics.jt808.message;

/**
 * A body type of the platform's or a terminal vendor's own, outside the standard table: implement it
 * with a record and register a {@link io.github.jiguan.telematics.jt808.codec.BodyCodec} for its
 * message id in a {@link io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry}; the decoder then
 * yields the record and the encoder writes it. Implementations should be immutable values, like the
 * standard's records, so that a decoded message can be compared, logged and re-encoded.
 */
public non-sealed interface VendorBody extends Jt808Body {
}
