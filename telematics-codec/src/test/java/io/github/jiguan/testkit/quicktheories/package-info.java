/**
 * The QuickTheories adapter of the testkit's generators: shrinking and seeds come from QuickTheories.
 * Null policy: no nulls. Thread-safety: stateless.
 */
package io.github.jiguan.testkit.quicktheories;
