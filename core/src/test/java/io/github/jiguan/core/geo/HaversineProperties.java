package io.github.jiguan.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HaversineProperties {

    @Provide
    Arbitrary<GeoPoint> points() {
        return Combinators.combine(Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180))
                .as(GeoPoint::of);
    }

    @Property
    void distanceIsSymmetric(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b) {
        assertEquals(a.distanceTo(b), b.distanceTo(a));
    }

    @Property
    void distanceToItselfIsZero(@ForAll("points") GeoPoint a) {
        assertEquals(0.0, a.distanceTo(a));
        assertEquals(0.0, a.distanceTo(GeoPoint.of(a.latitude(), a.longitude())));
    }

    @Property
    void distanceIsBetweenZeroAndHalfACircumference(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b) {
        double d = a.distanceTo(b);
        assertTrue(d >= 0 && d <= Math.PI * Haversine.EARTH_RADIUS_M + 1e-6, () -> String.valueOf(d));
    }

    @Property
    void triangleInequalityHolds(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b,
                                 @ForAll("points") GeoPoint c) {
        assertTrue(a.distanceTo(c) <= a.distanceTo(b) + b.distanceTo(c) + 1e-6);
    }
}
