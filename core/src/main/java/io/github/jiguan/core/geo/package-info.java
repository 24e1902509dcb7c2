/**
 * Positions and distances: {@link io.github.jiguan.core.geo.GeoPoint} and the haversine distance
 * on primitive coordinates for bulk work.
 *
 * <p>Coordinates are WGS-84 signed degrees as JT/T 808 terminals report them (no GCJ-02
 * conversion). Types are immutable and thread-safe; parameters are non-null.
 */
package io.github.jiguan.core.geo;
