package io.github.jiguan.telematics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BitsTest {

    @Test
    void wordsAndDwordsAreBigEndian() {
        byte[] b = new byte[6];
        Bits.put16(b, 0, 0x0200);
        Bits.put32(b, 2, 0x80000001);
        assertEquals(0x0200, Bits.u16(b, 0));
        assertEquals(0x80000001, Bits.i32(b, 2));
        assertEquals(2147483649L, Integer.toUnsignedLong(Bits.i32(b, 2)));
    }

    @Test
    void bitTests() {
        assertTrue(Bits.isSet(0x4000, 14));
        assertTrue(!Bits.isSet(0x4000, 13));
    }

    @Test
    void rangeChecksNameTheFieldTheRangeAndTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bits.checkWord("serial", 70000));
        assertEquals("serial out of range [0, 65535]: 70000", e.getMessage());
        assertEquals(255, Bits.checkByte("result", 255));
        assertThrows(IllegalArgumentException.class, () -> Bits.checkByte("result", -1));
        assertThrows(IllegalArgumentException.class, () -> Bits.checkDword("id", 1L << 32));
    }
}
