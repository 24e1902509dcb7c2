/**
 * {@code jiguan demo}: the whole system on one generated county. {@link
 * io.github.jiguan.examples.cli.demo.Demo} starts the JT/T 808 gateway on a free loopback port,
 * lets the testkit's county fleet report to it over TCP through the simulator, checks acknowledged
 * against stored positions, reconciles the dispatch orders with the positions read back from the
 * database, and audits the example office ledger shipped in this package's resources and the
 * fleet's dossier, quotas and fuel ({@link io.github.jiguan.examples.cli.demo.FleetLedger}); every
 * finding is matched against the violations injected ({@link io.github.jiguan.examples.cli.demo.TruthCheck}).
 *
 * <p>The audits are the library's own; this package only feeds them and collects their findings.
 * Progress goes to {@link io.github.jiguan.examples.cli.demo.StageProgress}. Null is never
 * accepted. A run is single-threaded apart from the gateway and the terminals it starts.
 */
package io.github.jiguan.examples.cli.demo;
