/**
 * The terminal simulator: a county fleet ({@link io.github.jiguan.examples.gateway.simulator.FleetPlan},
 * the sample generator's vehicles, trips and dispatch orders) driven through a gateway by simulated
 * JT/T 808 terminals (2013 and 2019, some 2011) on a compressed clock, with blind-area batches,
 * subpackaged messages, damaged frames and retransmissions, and the check that every acknowledged
 * location was stored.
 *
 * <p>Null policy: arguments are never null. Thread-safety: plans and reports are immutable; a
 * {@code Simulation} is thread-safe; each simulated terminal runs on its own event loop.
 */
package io.github.jiguan.examples.gateway.simulator;
