/**
 * The per-vehicle fuel disclosure (单车油耗公示) that 《党政机关公务用车管理办法》(中办发〔2017〕71号)
 * asks for: litres, cost, distance and L/100 km per vehicle and month, with fuel anomalies flagged
 * against the vehicle's own history or its category's median
 * ({@link io.github.jiguan.standards.fuel.FuelAnomalyPolicy}), written as CSV
 * ({@link io.github.jiguan.standards.fuel.DisclosureCsv}) and as a printable HTML page
 * ({@link io.github.jiguan.standards.fuel.DisclosureHtml}).
 *
 * <p>Distances come from a {@link io.github.jiguan.standards.fuel.DistanceSource}: trip distances
 * supplied by the caller ({@link io.github.jiguan.standards.fuel.TripDistance}), else the odometer
 * readings of the refuelling records ({@link io.github.jiguan.standards.fuel.OdometerDistance}).
 * Months are calendar months in China Standard Time unless another zone is given.
 *
 * <p>Litres, money and distances are exact decimals. Null policy: parameters are non-null; unknown
 * figures are empty {@link java.util.Optional}s with a note saying why. Types are immutable and
 * thread-safe except the builders.
 */
package io.github.jiguan.standards.fuel;
