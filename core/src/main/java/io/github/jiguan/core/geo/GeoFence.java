package io.github.jiguan.core.geo;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.util.List;

/**
 * 电子围栏: an area on the ground, a circle or a polygon, as a platform assigns them to units and
 * vehicles (the same shapes JT/T 808 sets on terminals with 0x8600 and 0x8604).
 *
 * <p>Distances are in metres on the sphere of {@link Haversine}; a polygon's edges are straight in a
 * local equirectangular projection around the point asked about, which over the few kilometres of a
 * county's areas differs from the geodesic by far less than a terminal's position error. Polygons
 * must not cross the ±180° meridian. Immutable and thread-safe.
 */
public sealed interface GeoFence permits GeoFence.Circle, GeoFence.Polygon {

    /** Whether {@code p} lies inside the area or on its boundary. */
    boolean contains(GeoPoint p);

    /** The distance from {@code p} to the area's boundary in metres, whether {@code p} is inside or not. */
    double distanceToBoundaryMetres(GeoPoint p);

    /** How far {@code p} lies outside the area, in metres; 0 when it is inside or on the boundary. */
    default double metresOutside(GeoPoint p) {
        return contains(p) ? 0 : distanceToBoundaryMetres(p);
    }

    /** A circle around {@code centre} of {@code radiusMetres}. */
    static Circle circle(GeoPoint centre, double radiusMetres) {
        return new Circle(centre, radiusMetres);
    }

    /** A polygon through {@code vertices} in order, closed back to the first. */
    static Polygon polygon(List<GeoPoint> vertices) {
        return new Polygon(vertices);
    }

    /**
     * A circle.
     *
     * @param centre       the centre
     * @param radiusMetres the radius in metres, in (0, 1,000,000]
     */
    record Circle(GeoPoint centre, double radiusMetres) implements GeoFence {

        /** Validates the fields. */
        public Circle {
            Checks.notNull("centre", centre);
            if (!(radiusMetres > 0 && radiusMetres <= 1_000_000)) {
                throw new InvalidValueException("radius (m)", "must be in (0, 1000000]", radiusMetres);
            }
        }

        @Override
        public boolean contains(GeoPoint p) {
            return centre.distanceTo(p) <= radiusMetres;
        }

        @Override
        public double distanceToBoundaryMetres(GeoPoint p) {
            return Math.abs(centre.distanceTo(p) - radiusMetres);
        }
    }

    /**
     * A simple polygon.
     *
     * @param vertices at least three distinct vertices in order; the closing edge back to the first is implied
     */
    record Polygon(List<GeoPoint> vertices) implements GeoFence {

        /** Validates the vertices: a repeated first vertex at the end is dropped. */
        public Polygon {
            List<GeoPoint> v = List.copyOf(Checks.listOf("vertices", vertices));
            if (v.size() > 3 && v.get(0).equals(v.get(v.size() - 1))) {
                v = v.subList(0, v.size() - 1);
            }
            if (v.size() < 3 || v.stream().distinct().count() < 3) {
                throw new InvalidValueException("vertices", "a polygon needs at least 3 distinct vertices", v);
            }
            vertices = List.copyOf(v);
        }

        @Override
        public boolean contains(GeoPoint p) {
            double[] xy = project(p);
            int n = vertices.size();
            boolean inside = false;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = xy[2 * i];
                double yi = xy[2 * i + 1];
                double xj = xy[2 * j];
                double yj = xy[2 * j + 1];
                if (segmentDistance(xi, yi, xj, yj) == 0) {
                    return true;
                }
                if ((yi > 0) != (yj > 0) && 0 < (xj - xi) * (0 - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
            return inside;
        }

        @Override
        public double distanceToBoundaryMetres(GeoPoint p) {
            double[] xy = project(p);
            int n = vertices.size();
            double best = Double.MAX_VALUE;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                best = Math.min(best, segmentDistance(xy[2 * i], xy[2 * i + 1], xy[2 * j], xy[2 * j + 1]));
            }
            return best;
        }

        /** The vertices in metres east and north of {@code p}, which sits at the origin. */
        private double[] project(GeoPoint p) {
            double cos = Math.cos(Math.toRadians(p.latitude()));
            double[] xy = new double[2 * vertices.size()];
            for (int i = 0; i < vertices.size(); i++) {
                GeoPoint v = vertices.get(i);
                xy[2 * i] = (v.longitude() - p.longitude()) * LocalMetric.METRES_PER_DEGREE * cos;
                xy[2 * i + 1] = (v.latitude() - p.latitude()) * LocalMetric.METRES_PER_DEGREE;
            }
            return xy;
        }

        /** The distance from the origin to the segment (ax, ay)–(bx, by). */
        private static double segmentDistance(double ax, double ay, double bx, double by) {
            double dx = bx - ax;
            double dy = by - ay;
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
            return Math.hypot(ax + t * dx, ay + t * dy);
        }
    }
}
