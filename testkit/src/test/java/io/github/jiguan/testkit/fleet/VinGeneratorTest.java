package io.github.jiguan.testkit.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jiguan.core.fleet.Vin;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import org.junit.jupiter.api.Test;

/** The testkit's VINs are what {@link Vin} says they are. */
class VinGeneratorTest {

    @Test
    void validVinsAreAccepted() {
        QtCheck.forAll(500, Vins.valid(), 20, String::valueOf, v -> assertEquals(v, Vin.of(v).value()));
    }

    @Test
    void invalidVinsAreRejected() {
        QtCheck.forAll(500, Vins.invalid(), 20, String::valueOf, v -> assertFalse(Vin.isValid(v), v));
    }
}
