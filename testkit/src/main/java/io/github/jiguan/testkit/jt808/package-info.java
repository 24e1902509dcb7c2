/**
 * JT/T 808 (2011, 2013, 2019) generators: {@link io.github.jiguan.testkit.jt808.Jt808Messages}
 * makes bodies of every message id of the standard in each edition's layout, and
 * {@link io.github.jiguan.testkit.jt808.Jt808Frames} makes their frames, valid and subtly broken
 * (check code, declared length, a missing body byte, a bad escape), for properties of a platform's
 * own gateway or decoder on top of jiguan-telematics-codec.
 *
 * <p>Null policy: parameters are non-null; absent fields of an edition hold the codec's absent
 * values. Generators are stateless and thread-safe.
 */
package io.github.jiguan.testkit.jt808;
