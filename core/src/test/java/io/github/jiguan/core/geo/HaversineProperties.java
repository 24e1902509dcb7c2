package io.github.jiguan.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The great-circle distance is a metric on the sphere. QuickTheories reports a failure with the
 * shrunk points and "Seed was N"; re-run with {@code -DQT_SEED=N}.
 */
class HaversineProperties {

    private static final Gen<GeoPoint> POINTS = doubles().between(-90, 90).zip(doubles().between(-180, 180), GeoPoint::of);

    @Test
    void distanceIsSymmetric() {
        qt().withExamples(1000).forAll(POINTS, POINTS).checkAssert((a, b) -> assertEquals(a.distanceTo(b), b.distanceTo(a)));
    }

    @Test
    void distanceToItselfIsZero() {
        qt().withExamples(1000).forAll(POINTS).checkAssert(a -> {
            assertEquals(0.0, a.distanceTo(a));
            assertEquals(0.0, a.distanceTo(GeoPoint.of(a.latitude(), a.longitude())));
        });
    }

    @Test
    void distanceIsBetweenZeroAndHalfACircumference() {
        qt().withExamples(1000).forAll(POINTS, POINTS).checkAssert((a, b) -> {
            double d = a.distanceTo(b);
            assertTrue(d >= 0 && d <= Math.PI * Haversine.EARTH_RADIUS_M + 1e-6, () -> String.valueOf(d));
        });
    }

    @Test
    void triangleInequalityHolds() {
        qt().withExamples(1000).forAll(POINTS, POINTS, POINTS)
                .checkAssert((a, b, c) -> assertTrue(a.distanceTo(c) <= a.distanceTo(b) + b.distanceTo(c) + 1e-6));
    }
}
