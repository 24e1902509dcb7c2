package io.github.jiguan.core.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.geo.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixTest {

    private static final Instant T = Instant.parse("2025-01-06T01:21:30Z");

    @Test
    void aValidFixInRangeIsAPosition() {
        Fix f = Fix.at("V001", T, 40.973912, 117.939434);
        assertTrue(f.isPosition());
        assertEquals(Optional.of(GeoPoint.of(40.973912, 117.939434)), f.position());
    }

    @Test
    void invalidZeroZeroAndOutOfRangeFixesAreKeptButAreNotPositions() {
        assertFalse(Fix.at("V001", T, 0, 0).isPosition());
        assertFalse(Fix.at("V001", T, 95, 117).isPosition());
        assertFalse(new Fix("V001", T, 40.97, 117.94, 0, 0, Acc.OFF, false, null).isPosition());
        assertEquals(Optional.empty(), Fix.at("V001", T, 0, 0).position());
    }

    @Test
    void theDelayOfABlindAreaReuploadIsKnownWhenReceivedAtIs() {
        Fix f = Fix.at("V001", T, 40.97, 117.94).withReceivedAt(T.plus(Duration.ofHours(3)));
        assertEquals(Optional.of(Duration.ofHours(3)), f.delay());
        assertEquals(Optional.empty(), Fix.at("V001", T, 40.97, 117.94).delay());
    }

    @Test
    void rejectsNegativeSpeedBadHeadingAndNaN() {
        assertEquals("speed (km/h) out of range [0, 6553.5]: -1", assertThrows(InvalidValueException.class,
                () -> new Fix("V001", T, 40, 117, -1, 0, Acc.ON, true, null)).getMessage());
        assertEquals("heading out of range [0, 360]: 361", assertThrows(InvalidValueException.class,
                () -> new Fix("V001", T, 40, 117, 10, 361, Acc.ON, true, null)).getMessage());
        assertEquals("latitude", assertThrows(InvalidValueException.class,
                () -> Fix.at("V001", T, Double.NaN, 117)).field());
    }

    @Test
    void accFlagsFollowTheCsvConvention() {
        assertEquals(Acc.ON, Acc.fromFlag("1"));
        assertEquals(Acc.OFF, Acc.fromFlag(" 0 "));
        assertEquals(Acc.UNKNOWN, Acc.fromFlag(""));
        assertEquals(Acc.UNKNOWN, Acc.fromFlag(null));
        assertEquals("acc must be 1, 0 or empty: \"on\"", assertThrows(InvalidValueException.class,
                () -> Acc.fromFlag("on")).getMessage());
    }
}
