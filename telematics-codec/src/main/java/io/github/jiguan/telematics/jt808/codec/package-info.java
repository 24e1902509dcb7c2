/**
 * The body codecs of the standard JT/T 808 messages, one small group per area of the standard
 * (general, registration, parameters, location, text, areas, recorder, multimedia, transparent
 * data). {@link io.github.jiguan.telematics.jt808.codec.StandardBodyCodecs#all()} lists them for
 * {@link io.github.jiguan.telematics.jt808.BodyCodecRegistry}; each codec reads and writes one
 * message record with {@link io.github.jiguan.telematics.jt808.BodyReader} and
 * {@link io.github.jiguan.telematics.jt808.BodyWriter}, in the layout of the edition at hand.
 *
 * <p>Null policy: parameters are non-null. Thread-safety: codecs are stateless and thread-safe.
 * Standard: JT/T 808-2011, -2013 and -2019, clause 8 (message bodies).
 */
package io.github.jiguan.telematics.jt808.codec;
