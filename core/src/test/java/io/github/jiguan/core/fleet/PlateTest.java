package io.github.jiguan.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlateTest {

    @Test
    void everyProvinceAbbreviationIsAccepted() {
        assertEquals(31, Plate.PROVINCES.length());
        for (char p : Plate.PROVINCES.toCharArray()) {
            Plate plate = Plate.of(p + "A12345");
            assertEquals(p, plate.province());
            assertEquals(PlateKind.ORDINARY, plate.kind());
        }
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
        "冀H12345,    冀H12345, ORDINARY",
        "冀H·12345,   冀H12345, ORDINARY",
        "冀h 1234x,   冀H1234X, ORDINARY",
        "粤B·D12345,  粤BD12345, NEW_ENERGY",
        "粤BD12345,   粤BD12345, NEW_ENERGY",
        "粤B•FA1234,  粤BFA1234, NEW_ENERGY",
        "沪A-12345D,  沪A12345D, NEW_ENERGY",
        "京A·1234警,  京A1234警, POLICE",
        "冀A1234学,   冀A1234学, COACH",
        "鲁B·1234挂,  鲁B1234挂, TRAILER",
        "京A1234使,   京A1234使, EMBASSY",
        "沪A1234领,   沪A1234领, CONSULATE",
        "粤Z·1234港,  粤Z1234港, HONG_KONG",
        "粤Z1234澳,   粤Z1234澳, MACAU",
        "使014578,    使014578, EMBASSY",
        "冀Ｈ１２３４５, 冀H12345, ORDINARY",
    })
    void acceptsAndNormalises(String text, String normal, PlateKind kind) {
        Plate plate = Plate.of(text);
        assertEquals(normal, plate.value());
        assertEquals(kind, plate.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "冀H1234", "冀H1234567", "XH12345", "AB12345", "冀112345", "冀I12345", "冀H1234O",
        "冀HI2345", "粤BL12345", "粤BD1234A", "粤B1234AD", "冀H1234国", "使01457", "使A14578",
    })
    void rejectsMalformedPlates(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Plate.of(text));
        assertEquals("plate", e.field());
        assertTrue(e.getMessage().startsWith("plate "), e.getMessage());
        assertFalse(Plate.isValid(text));
    }

    @Test
    void theMessageNamesTheFieldTheRuleAndTheValue() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Plate.of("冀H1234"));
        assertEquals("plate must have 7 characters (冀H12345) or 8 for new energy (粤B·D12345), had 6: \"冀H1234\"",
                e.getMessage());
        assertEquals("冀H1234", e.value());
    }

    @Test
    void displayPutsTheDotAfterTheAuthorityLetter() {
        assertEquals("粤B·D12345", Plate.of("粤BD12345").display());
        assertEquals("冀H·12345", Plate.of("冀H12345").display());
        assertEquals("使014578", Plate.of("使014578").display());
    }

    @Test
    void newEnergyIsRecognised() {
        assertTrue(Plate.of("粤B·D12345").isNewEnergy());
        assertFalse(Plate.of("冀H12345").isNewEnergy());
    }

    @Test
    void aNullPlateIsRejectedByName() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Plate.of(null));
        assertEquals("plate is required: null", e.getMessage());
    }
}
