/**
 * The frame layer of JT/T 808 and the types a platform uses first:
 * {@link io.github.jiguan.telematics.jt808.Jt808StreamDecoder} (one connection's bytes to messages:
 * split, decode, reassemble, with errors at their stream offsets), built from
 * {@link io.github.jiguan.telematics.jt808.Jt808StreamSplitter} (TCP bytes to frames),
 * {@link io.github.jiguan.telematics.jt808.Jt808Frame} (de-escaping, check code,
 * {@link io.github.jiguan.telematics.jt808.Jt808Header header}),
 * {@link io.github.jiguan.telematics.jt808.Jt808Decoder} and
 * {@link io.github.jiguan.telematics.jt808.Jt808Encoder} (frames to
 * {@link io.github.jiguan.telematics.jt808.Jt808Message messages} and back through a body codec
 * registry) and {@link io.github.jiguan.telematics.jt808.SubpackageAssembler} (fragments to messages).
 * The body codecs and the exception family are in {@code io.github.jiguan.telematics.jt808.codec},
 * the message records in {@code io.github.jiguan.telematics.jt808.message}.
 *
 * <p>Null policy: parameters and results are non-null unless a method says otherwise. Thread-safety:
 * decoders, encoders, headers, frames and messages are immutable and thread-safe; a splitter and a
 * stream decoder belong to one connection; the assembler synchronizes. Standard: JT/T 808-2011, -2013
 * and -2019 clause 4 (data types, framing, escaping, check code, header) and clause 8 (messages).
 */
package io.github.jiguan.telematics.jt808;
