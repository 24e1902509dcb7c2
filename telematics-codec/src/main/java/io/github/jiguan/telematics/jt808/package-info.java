/**
 * JT/T 808 framing and dispatch: {@link io.github.jiguan.telematics.jt808.Jt808StreamSplitter}
 * (TCP bytes to frames), {@link io.github.jiguan.telematics.jt808.Jt808Frame} (de-escaping, check
 * code, {@link io.github.jiguan.telematics.jt808.Jt808Header header}),
 * {@link io.github.jiguan.telematics.jt808.Jt808Decoder} and
 * {@link io.github.jiguan.telematics.jt808.Jt808Encoder} (frames to messages and back through the
 * {@link io.github.jiguan.telematics.jt808.BodyCodecRegistry}),
 * {@link io.github.jiguan.telematics.jt808.SubpackageAssembler} (fragments to messages), and the one
 * exception family rooted at {@link io.github.jiguan.telematics.jt808.Jt808Exception}.
 *
 * <p>Null policy: parameters and results are non-null unless a method says otherwise
 * ({@link io.github.jiguan.telematics.jt808.BodyCodecRegistry#find} returns null for an id without a
 * codec). Thread-safety: decoders, encoders, registries, headers and frames are immutable and
 * thread-safe; a splitter belongs to one connection; the assembler synchronizes. Standard: JT/T
 * 808-2011, -2013 and -2019 clause 4 (data types, framing, escaping, check code, header) and clause 8
 * (messages).
 */
package io.github.jiguan.telematics.jt808;
