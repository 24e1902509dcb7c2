/**
 * Jiguan's testkit: generators for property suites and demos over the library, independent of
 * any property engine. A {@link io.github.jiguan.testkit.Generator} is plain Java driven by a
 * {@link java.util.random.RandomGenerator} and a size; the sub-packages hold the generators of
 * each domain ({@code fleet}: plates, VINs, vehicles and dispatch orders; {@code track}: fixes
 * and tracks with trips, stops, gaps, glitches and ACC; {@code county}: a county fleet with
 * injected violations and its truth table; {@code office}: persons, rooms and units around each
 * area standard; {@code jt808}: JT/T 808 messages and frames), and {@code quicktheories} the thin
 * adapter to QuickTheories.
 *
 * <p>Null policy: parameters are non-null and generated values are never null. Generators are
 * immutable and thread-safe.
 */
package io.github.jiguan.testkit;
