/**
 * Generators of JT/T 808 messages of every id and edition and of their wire frames, valid and subtly
 * broken, and of byte streams with garbage and shared delimiters. Null policy: no nulls. Thread-safety:
 * generators are stateless. Standard: JT/T 808-2011, -2013 and -2019.
 */
package io.github.jiguan.testkit.jt808;
