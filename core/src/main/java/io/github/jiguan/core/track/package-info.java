/**
 * Trajectories (docs/reconciliation.md): position fixes as terminals report them, cleaned, and cut into
 * stops, trips and gaps, with the days a terminal was online.
 *
 * <p>{@link io.github.jiguan.core.track.Fix} is the record of one report; bulk code works on
 * {@link io.github.jiguan.core.track.FixColumns} (primitive arrays per vehicle) and
 * {@link io.github.jiguan.core.track.FleetFixes} (the columns of a fleet).
 * {@link io.github.jiguan.core.track.TrackCleaner} sorts, drops same-time duplicates and glitches
 * and sets non-positions apart; {@link io.github.jiguan.core.track.TripDetector} finds
 * {@link io.github.jiguan.core.track.Stop stops}, {@link io.github.jiguan.core.track.Trip trips} and
 * {@link io.github.jiguan.core.track.Gap gaps} with the thresholds of
 * {@link io.github.jiguan.core.track.TrackPolicy} (200 m, 300 s, 500 m, 3,600 s, 250 km/h, ACC with a
 * motion-only fallback), and {@link io.github.jiguan.core.track.OnlineDays} the days with a fix.
 *
 * <p>Null policy: parameters are non-null unless documented otherwise. Values, columns, cleaned
 * tracks and analyses are immutable and thread-safe; builders are not thread-safe.
 * Standards: JT/T 808 position reports (0x0200, 0x0704) as the source of fixes; WGS-84 coordinates.
 */
package io.github.jiguan.core.track;
