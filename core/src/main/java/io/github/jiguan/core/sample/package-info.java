/**
 * Realistic generated data: {@link io.github.jiguan.core.sample.CountyFleetGenerator} writes a
 * county fleet's vehicles, orders and fixes, with violations injected among ordinary use and
 * noise, and returns the findings each injected violation must produce
 * ({@link io.github.jiguan.core.sample.Injected}). The tests, the benchmarks and the CLI's
 * {@code sample} command use it, so a newcomer can run the reconciliation without data of their own.
 *
 * <p>Null policy: parameters are non-null. The generator and its results are immutable and
 * thread-safe; a {@link io.github.jiguan.core.sample.FixSink} is called from the generating thread.
 * Standards: the interchange formats of DESIGN.md §6; the official work calendar for working days.
 */
package io.github.jiguan.core.sample;
