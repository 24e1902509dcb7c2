package io.github.jiguan.telematics.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BcdTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void aPhoneNumberIsTwelveDigitsWithItsLeadingZero() {
        assertEquals("013912345678", Bcd.toDigits(hex("013912345678"), 0, 6));
        assertArrayEquals(hex("013912345678"), Bcd.toBytes("13912345678", 6));
    }

    @Test
    void nibblesAboveNineAreKeptAsHexDigitsAndReportedInvalid() {
        assertEquals("4eb6fb4afd9e", Bcd.toDigits(hex("4eb6fb4afd9e"), 0, 6));
        assertFalse(Bcd.isValid(hex("4eb6fb4afd9e"), 0, 6));
        assertTrue(Bcd.isValid(hex("250106092130"), 0, 6));
        assertArrayEquals(hex("4eb6fb4afd9e"), Bcd.toBytes("4eb6fb4afd9e", 6));
    }

    @Test
    void packedBitsAndByteValues() {
        assertEquals(0x250106092130L, Bcd.packed(hex("250106092130"), 0, 6));
        assertEquals(25, Bcd.value(0x25));
        assertEquals(-1, Bcd.value(0x2a));
        assertEquals(0x59, Bcd.encode(59));
    }

    @Test
    void tooManyDigitsOrAForeignCharacterAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bcd.toBytes("1234567890123", 6));
        assertTrue(e.getMessage().contains("12 digits"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Bcd.toBytes("13x", 6));
        assertThrows(IllegalArgumentException.class, () -> Bcd.encode(100));
    }
}
