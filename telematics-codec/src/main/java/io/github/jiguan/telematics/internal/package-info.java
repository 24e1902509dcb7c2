/**
 * Internal helpers of the telematics codec: BCD, bit and GBK conversions. Not a public API: the
 * classes may change between releases without notice.
 *
 * <p>Null policy: parameters are non-null. Thread-safety: all classes are stateless and
 * thread-safe. Standard: the data types of JT/T 808-2019 §4.4 (BYTE, WORD, DWORD, BCD[n], STRING in
 * GBK).
 */
package io.github.jiguan.telematics.internal;
