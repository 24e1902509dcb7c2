package io.github.jiguan.telematics.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GbkTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"冀H12345,bcbd483132333435", "粤A12345,d4c1413132333435", "测A888888,b2e241383838383838", "鉴权码,bcf8c8a8c2eb"})
    void platesAndNamesAreGbk(String text, String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        assertArrayEquals(b, Gbk.encode(text));
        assertEquals(text, Gbk.decode(b, 0, b.length));
        assertTrue(Gbk.isValid(b, 0, b.length));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ff48", "b2"})
    void bytesThatAreNotGbkAreReported(String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        assertFalse(Gbk.isValid(b, 0, b.length));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"4b6f696b650000000000,Koike", "3030304b6f696b65303032,000Koike002"})
    void fixedFieldsDropTheirZeroPadding(String hex, String text) {
        byte[] b = HexFormat.of().parseHex(hex);
        assertEquals(text, Gbk.decodeFixed(b, 0, b.length));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ff48", "b2", "bcbdff3132", "80", "a1", "fe40fe"})
    void bytesThatAreNotGbkDecodeToEscapesAndReEncodeExactly(String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        String text = Gbk.decode(b, 0, b.length);
        assertFalse(text.contains("\ufffd"), "no replacement character");
        assertArrayEquals(b, Gbk.encode(text));
    }

    @org.junit.jupiter.api.Test
    void anEscapedByteIsALoneSurrogateAndTheRestStaysText() {
        byte[] b = HexFormat.of().parseHex("bcbd48ff3132");
        assertEquals("冀H\udcff12", Gbk.decode(b, 0, b.length));
    }

    @org.junit.jupiter.api.Test
    void aFixedFieldKeepsZerosBeforeItsText() {
        byte[] b = HexFormat.of().parseHex("41004200000000");
        String text = Gbk.decodeFixed(b, 0, b.length);
        assertEquals("A\u0000B", text);
        assertArrayEquals(HexFormat.of().parseHex("410042"), Gbk.encode(text));
    }
}
