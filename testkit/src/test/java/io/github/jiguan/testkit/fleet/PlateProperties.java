package io.github.jiguan.testkit.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import org.junit.jupiter.api.Test;

/** Normalising a plate is idempotent and keeps well-formed plates; the testkit's invalid plates are rejected. */
class PlateProperties {

    private static final int SIZE = 20;

    @Test
    void normalisationIsIdempotent() {
        QtCheck.forAll(1000, Plates.typed(), SIZE, Plates.Typed::toString, t -> {
            String once = Plate.normalise(t.typed());
            assertEquals(once, Plate.normalise(once));
        });
    }

    @Test
    void theNormalFormParsesToItself() {
        QtCheck.forAll(1000, Plates.typed(), SIZE, Plates.Typed::toString, t -> {
            String normal = Plate.normalise(t.typed());
            assertEquals(t.plate(), normal);
            assertEquals(normal, Plate.of(normal).value());
            assertEquals(Plate.of(t.typed()), Plate.of(normal));
        });
    }

    @Test
    void normalisationNeverChangesAWellFormedPlate() {
        QtCheck.forAll(1000, Plates.valid(), SIZE, String::valueOf, plate -> {
            assertEquals(plate, Plate.normalise(plate));
            assertEquals(plate, Plate.of(plate).toString());
        });
    }

    @Test
    void normalisationIsIdempotentOnAnyText() {
        Generator<String> text = Generator.strings("冀A1a·. -\u3000Ｂ９使警Iオ\uFF01\uFF5E\t", 0, 12);
        QtCheck.forAll(1000, text, SIZE, String::valueOf, t -> {
            String once = Plate.normalise(t);
            assertEquals(once, Plate.normalise(once));
        });
    }

    @Test
    void theTestkitsInvalidPlatesAreRejected() {
        QtCheck.forAll(1000, Plates.invalid(), SIZE, String::valueOf, text -> {
            assertFalse(Plate.isValid(text), text);
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Plate.of(text));
            assertTrue(e.getMessage().contains("plate"), e.getMessage());
        });
    }
}
