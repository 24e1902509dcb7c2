package io.github.jiguan.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VinTest {

    /** The worked example of the North American VIN check digit: check digit X. */
    private static final String EXAMPLE = "1M8GDM9AXKP042788";

    @Test
    void acceptsAVinWithACorrectCheckDigit() {
        Vin vin = Vin.of(EXAMPLE);
        assertEquals(EXAMPLE, vin.value());
        assertEquals("1M8", vin.wmi());
        assertEquals('X', Vin.checkDigit(EXAMPLE));
        assertTrue(vin.hasValidCheckDigit());
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpaces() {
        assertEquals(Vin.of(EXAMPLE), Vin.of("  " + EXAMPLE.toLowerCase() + " "));
    }

    @Test
    void allOnesHasCheckDigitOne() {
        // 1 × (8+7+6+5+4+3+2+10+0+9+8+7+6+5+4+3+2) = 89 = 8 × 11 + 1.
        assertEquals('1', Vin.checkDigit("11111111111111111"));
        assertTrue(Vin.isValid("11111111111111111"));
    }

    @Test
    void rejectsAWrongCheckDigitNamingTheExpectedOne() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Vin.of("1M8GDM9A1KP042788"));
        assertEquals("VIN has check digit '1' in position 9, ISO 3779 gives 'X': \"1M8GDM9A1KP042788\"", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"IM8GDM9AXKP042788", "1O8GDM9AXKP042788", "1M8GDM9AXKP04278Q"})
    void rejectsIOAndQ(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Vin.of(text));
        assertTrue(e.getMessage().contains("except I, O and Q"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1M8GDM9AXKP04278", "1M8GDM9AXKP0427888"})
    void rejectsTheWrongLength(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Vin.of(text));
        assertTrue(e.getMessage().startsWith("VIN must have 17 characters"), e.getMessage());
        assertFalse(Vin.isValid(text));
    }

    @Test
    void withoutCheckDigitAcceptsAnImportWithoutOne() {
        Vin vin = Vin.withoutCheckDigit("WDB1240821A123456");
        assertFalse(vin.hasValidCheckDigit());
        assertThrows(InvalidValueException.class, () -> Vin.of("WDB1240821A123456"));
    }
}
