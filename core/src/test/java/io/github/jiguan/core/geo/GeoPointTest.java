package io.github.jiguan.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void rejectsALatitudeOutOfRangeWithTheStyleGuideMessage() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> GeoPoint.of(116.307629, 39.98));
        assertEquals("latitude out of range [-90, 90]: 116.307629", e.getMessage());
        assertEquals("latitude", e.field());
        assertEquals("116.307629", e.value());
    }

    @Test
    void rejectsALongitudeOutOfRangeAndNaN() {
        assertThrows(InvalidValueException.class, () -> GeoPoint.of(39.98, 180.5));
        assertThrows(InvalidValueException.class, () -> GeoPoint.of(Double.NaN, 116.3));
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111Kilometres() {
        double d = GeoPoint.of(38, 114.5).distanceTo(GeoPoint.of(39, 114.5));
        assertEquals(111_195, d, 1);
    }

    @Test
    void beijingToShanghaiIsAbout1068Kilometres() {
        // Tiananmen (39.9087, 116.3975) to the Bund (31.2400, 121.4900).
        double d = GeoPoint.of(39.9087, 116.3975).distanceTo(GeoPoint.of(31.2400, 121.4900));
        assertEquals(1_068_000, d, 5_000);
    }

    @Test
    void antipodesAreHalfACircumferenceApart() {
        assertEquals(Math.PI * Haversine.EARTH_RADIUS_M, Haversine.metres(0, 0, 0, 180), 1e-6);
    }

    @Test
    void isPositionRejectsZeroZeroAndOutOfRange() {
        assertFalse(GeoPoint.isPosition(0, 0));
        assertFalse(GeoPoint.isPosition(91, 10));
        assertFalse(GeoPoint.isPosition(Double.NaN, 10));
        assertTrue(GeoPoint.isPosition(0, 10));
    }
}
