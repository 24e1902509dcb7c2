/**
 * Positions and distances: {@link io.github.jiguan.core.geo.GeoPoint}, the haversine distance
 * on primitive coordinates for reported distances, and {@link io.github.jiguan.core.geo.LocalMetric},
 * a cheaper local distance for thresholds on the per-fix hot path, and
 * {@link io.github.jiguan.core.geo.GeoFence}, the circles and polygons of electronic fences (电子围栏)
 * with containment and the distance to their boundary.
 *
 * <p>Coordinates are WGS-84 signed degrees as JT/T 808 terminals report them (no GCJ-02
 * conversion). Types are immutable and thread-safe; parameters are non-null.
 */
package io.github.jiguan.core.geo;
