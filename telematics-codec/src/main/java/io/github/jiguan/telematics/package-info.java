/**
 * Jiguan telematics codec: JT/T 808 (2011, 2013 and 2019 editions) stream splitting, framing,
 * check codes, headers and message bodies in both directions. Depends on SLF4J only.
 *
 * <p>Null policy: parameters are non-null unless documented otherwise. Decoded messages are
 * immutable and thread-safe.
 */
package io.github.jiguan.telematics;
