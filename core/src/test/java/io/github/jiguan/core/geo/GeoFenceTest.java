package io.github.jiguan.core.geo;

import io.github.jiguan.core.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoFenceTest {

    private static final GeoPoint SEAT = GeoPoint.of(38.0428, 114.5149);
    /** About 1 m of latitude in degrees. */
    private static final double METRE = 1 / LocalMetric.METRES_PER_DEGREE;

    private static GeoPoint north(double metres) {
        return GeoPoint.of(SEAT.latitude() + metres * METRE, SEAT.longitude());
    }

    @Test
    void aCircleContainsWhatLiesWithinItsRadiusAndMeasuresTheRestFromItsEdge() {
        GeoFence c = GeoFence.circle(SEAT, 50);
        assertTrue(c.contains(north(49.5)));
        assertFalse(c.contains(north(50.5)));
        assertEquals(0, c.metresOutside(north(49.5)));
        assertEquals(30, c.metresOutside(north(80)), 0.01);
        assertEquals(20, c.distanceToBoundaryMetres(north(30)), 0.01);
    }

    @Test
    void aPolygonContainsItsInsideAndMeasuresTheDistanceToTheNearestEdge() {
        double d = 100 * METRE;
        double e = d / Math.cos(Math.toRadians(SEAT.latitude()));
        GeoFence square = GeoFence.polygon(List.of(
                GeoPoint.of(SEAT.latitude() - d, SEAT.longitude() - e), GeoPoint.of(SEAT.latitude() - d, SEAT.longitude() + e),
                GeoPoint.of(SEAT.latitude() + d, SEAT.longitude() + e), GeoPoint.of(SEAT.latitude() + d, SEAT.longitude() - e)));
        assertTrue(square.contains(SEAT));
        assertEquals(100, square.distanceToBoundaryMetres(SEAT), 0.5);
        assertTrue(square.contains(north(99)));
        assertFalse(square.contains(north(101)));
        assertEquals(50, square.metresOutside(north(150)), 0.5);
        assertEquals(0, square.metresOutside(north(60)));
    }

    @Test
    void aConcavePolygonLeavesItsNotchOutside() {
        double k = 100 * METRE;
        double lat = SEAT.latitude();
        double lon = SEAT.longitude();
        // A U shape open to the north: the notch between the arms is outside.
        GeoFence u = GeoFence.polygon(List.of(GeoPoint.of(lat, lon), GeoPoint.of(lat, lon + 3 * k),
                GeoPoint.of(lat + 3 * k, lon + 3 * k), GeoPoint.of(lat + 3 * k, lon + 2 * k),
                GeoPoint.of(lat + k, lon + 2 * k), GeoPoint.of(lat + k, lon + k),
                GeoPoint.of(lat + 3 * k, lon + k), GeoPoint.of(lat + 3 * k, lon)));
        assertFalse(u.contains(GeoPoint.of(lat + 2 * k, lon + 1.5 * k)));
        assertTrue(u.contains(GeoPoint.of(lat + 2 * k, lon + 0.5 * k)));
        assertTrue(u.contains(GeoPoint.of(lat + 0.5 * k, lon + 1.5 * k)));
    }

    @Test
    void badShapesAreRefusedNamingTheField() {
        assertEquals("radius (m)", assertThrows(InvalidValueException.class, () -> GeoFence.circle(SEAT, 0)).field());
        assertEquals("vertices", assertThrows(InvalidValueException.class,
                () -> GeoFence.polygon(List.of(SEAT, north(10), SEAT))).field());
        assertEquals(3, GeoFence.polygon(List.of(SEAT, north(10), GeoPoint.of(SEAT.latitude(), 114.6), SEAT))
                .vertices().size());
    }
}
