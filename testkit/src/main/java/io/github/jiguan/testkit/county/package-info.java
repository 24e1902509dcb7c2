/**
 * Realistic generated data: {@link io.github.jiguan.testkit.county.CountyFleetGenerator} writes a
 * county fleet's vehicles, orders and fixes, with violations injected among ordinary use and
 * noise, and returns the findings each injected violation must produce
 * ({@link io.github.jiguan.testkit.county.Injected}). Our own tests, the benchmarks and the
 * CLI's {@code sample} command use it, so a newcomer can run the reconciliation without data of
 * their own; a user's property suite can use it as a truth table for the reconciliation.
 *
 * <p>Null policy: parameters are non-null. The generator and its results are immutable and
 * thread-safe; a {@link io.github.jiguan.testkit.county.FixSink} is called from the generating thread.
 * Standards: the reconciliation rules and interchange formats of jiguan-core; the official work calendar for working days.
 */
package io.github.jiguan.testkit.county;
