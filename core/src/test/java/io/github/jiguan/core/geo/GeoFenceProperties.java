package io.github.jiguan.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Regular polygons against their inscribed and circumscribed circles, at county scale anywhere in
 * China: inside the inscribed circle is inside, outside the circumscribed one is outside, and the
 * distance outside lies between the two circles' distances. Re-run a failure with {@code -DQT_SEED=N}.
 */
class GeoFenceProperties {

    private static final Gen<GeoPoint> CENTRES = doubles().between(18, 53).zip(doubles().between(73, 135), GeoPoint::of);
    private static final Gen<Double> RADII = doubles().between(50, 5000);
    private static final Gen<Double> ANGLES = doubles().between(0, 2 * Math.PI);
    private static final Gen<Double> SHARES = doubles().between(0, 3);
    /** A direction and a distance as a share of the radius. */
    private static final Gen<double[]> POLAR = ANGLES.zip(SHARES, (a, s) -> new double[] {a, s});

    private static GeoPoint at(GeoPoint c, double metres, double angle) {
        double north = metres * Math.cos(angle) / LocalMetric.METRES_PER_DEGREE;
        double east = metres * Math.sin(angle) / LocalMetric.METRES_PER_DEGREE / Math.cos(Math.toRadians(c.latitude()));
        return GeoPoint.of(c.latitude() + north, c.longitude() + east);
    }

    private static GeoFence.Polygon regular(GeoPoint c, double r, int n) {
        List<GeoPoint> v = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            v.add(at(c, r, 2 * Math.PI * i / n));
        }
        return GeoFence.polygon(v);
    }

    @Test
    void aRegularPolygonLiesBetweenItsInscribedAndCircumscribedCircles() {
        qt().withExamples(500).forAll(CENTRES, RADII, integers().between(3, 16), POLAR)
                .checkAssert((c, r, n, polar) -> {
                    double angle = polar[0];
                    double share = polar[1];
                    GeoFence.Polygon p = regular(c, r, n);
                    double inscribed = r * Math.cos(Math.PI / n);
                    GeoPoint q = at(c, share * r, angle);
                    double d = share * r;
                    if (d < inscribed * 0.99) {
                        assertTrue(p.contains(q));
                        assertEquals(0, p.metresOutside(q));
                    } else if (d > r * 1.01) {
                        assertFalse(p.contains(q));
                        double out = p.metresOutside(q);
                        assertTrue(out >= (d - r) * 0.98 && out <= (d - inscribed) * 1.02 + 0.5,
                                () -> "outside " + out + " for d=" + d + " r=" + r + " n=" + n);
                    }
                    assertTrue(p.contains(c));
                });
    }

    @Test
    void aCircleContainsExactlyWhatLiesWithinItsRadius() {
        qt().withExamples(500).forAll(CENTRES, RADII, ANGLES, SHARES).checkAssert((c, r, angle, share) -> {
            GeoFence.Circle circle = GeoFence.circle(c, r);
            GeoPoint q = at(c, share * r, angle);
            double d = c.distanceTo(q);
            assertEquals(d <= r, circle.contains(q));
            assertEquals(Math.max(0, d - r), circle.metresOutside(q), 1e-6);
        });
    }
}
