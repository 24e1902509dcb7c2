/**
 * The body layer of JT/T 808: the {@link io.github.jiguan.telematics.jt808.codec.BodyCodec} contract,
 * the {@link io.github.jiguan.telematics.jt808.codec.BodyReader} and
 * {@link io.github.jiguan.telematics.jt808.codec.BodyWriter} cursors codecs use, the
 * {@link io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry} that dispatches by message id (the
 * standard table, one small group of codecs per area of the standard, plus any codecs a platform
 * registers for vendor ids), the TLV codec of location additional items
 * ({@link io.github.jiguan.telematics.jt808.codec.AdditionalItemCodec}), the
 * {@link io.github.jiguan.telematics.jt808.codec.DecodeOptions}, and the codec's one exception family
 * rooted at {@link io.github.jiguan.telematics.jt808.codec.Jt808Exception}. It depends on the message
 * records and knows nothing of frames; the frame layer in {@code io.github.jiguan.telematics.jt808}
 * sits on top.
 *
 * <p>Null policy: parameters are non-null; {@link io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry#find}
 * returns null for an id without a codec. Thread-safety: codecs, registries and options are immutable
 * and thread-safe; a reader or writer belongs to one decode or encode. Standard: JT/T 808-2011, -2013
 * and -2019, clause 8 (message bodies) and Table 27 (location additional items).
 */
package io.github.jiguan.telematics.jt808.codec;
