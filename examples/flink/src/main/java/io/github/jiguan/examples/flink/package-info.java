/**
 * Province-scale reconciliation on Apache Flink: {@code jiguan reconcile} as a Flink job. The
 * file source reads fixes.csv and orders.csv with core's interchange parsers
 * ({@link io.github.jiguan.examples.flink.InterchangeFormat}); the job keys by vehicle and runs
 * core's {@link io.github.jiguan.core.reconcile.VehicleStream} in keyed state
 * ({@link io.github.jiguan.examples.flink.ReconcileFunction}), with event-time watermarks and the
 * allowed lateness; late data goes to a side output. No rule is written here: every rule is core's.
 *
 * <p>{@link io.github.jiguan.examples.flink.FlinkReconcile} is the command line, on an embedded
 * MiniCluster by default or under {@code flink run}. Flink 2.3 runs on Java 17 and 21, not 25.
 * Null policy: nothing is null unless documented. The functions are Flink's to call, one task
 * each.
 */
package io.github.jiguan.examples.flink;
