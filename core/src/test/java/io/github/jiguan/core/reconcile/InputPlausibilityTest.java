package io.github.jiguan.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.FleetFixes;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputPlausibilityTest {

    private static final Vehicle CAR = Vehicle.builder("V1", Plate.of("冀A12345"), "A01", VehicleCategory.GENERAL)
            .base(GeoPoint.of(38.0428, 114.5149)).build();

    private static InputPlausibility check(double lat, double lon, int count) {
        FleetFixes fixes = new FleetFixes();
        for (int i = 0; i < count; i++) {
            fixes.vehicle("V1").add(1_736_000_000_000L + i * 30_000L, lat, lon + i * 1e-5, 30, 90, Acc.ON, true,
                    FixColumns.NO_TIME);
        }
        return InputPlausibility.of(List.of(CAR), fixes);
    }

    @Test
    void positionsNearTheirBaseArePlausible() {
        InputPlausibility p = check(38.10, 114.60, 10);
        assertEquals(new InputPlausibility(10, 10, 0, 0), p);
        assertFalse(p.isImplausible(0.5));
    }

    @Test
    void swappedCoordinatesAreNamedAsSuch() {
        InputPlausibility p = check(114.60, 38.10, 10);
        assertTrue(p.isImplausible(0.5));
        assertEquals("100% of 10 positions are more than 300 km from their vehicle's base; latitude and longitude"
                + " look swapped (they are near once swapped)", p.describe());
    }

    @Test
    void microDegreesAreNamedAsSuch() {
        InputPlausibility p = check(38_100_000, 114_600_000, 10);
        assertTrue(p.isImplausible(0.99));
        assertTrue(p.describe().contains("look like 1e-6 degrees"), p.describe());
    }

    @Test
    void anotherProvinceIsFarWithoutACause() {
        InputPlausibility p = check(23.13, 113.26, 10); // Guangzhou, for a Shijiazhuang fleet
        assertEquals(new InputPlausibility(10, 0, 0, 0), p);
        assertFalse(p.isImplausible(1.0));
        assertEquals("100% of 10 positions are more than 300 km from their vehicle's base", p.describe());
    }
}
