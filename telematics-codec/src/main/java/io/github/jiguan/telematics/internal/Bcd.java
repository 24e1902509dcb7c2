package io.github.jiguan.telematics.internal;

/**
 * 8421 BCD, as JT/T 808 uses for phone numbers and GMT+8 times: two decimal digits per byte, high
 * nibble first.
 */
public final class Bcd {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Bcd() {
    }

    /** True when every nibble of {@code length} bytes from {@code offset} is a decimal digit. */
    public static boolean isValid(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i] & 0xff;
            if ((b >>> 4) > 9 || (b & 0x0f) > 9) {
                return false;
            }
        }
        return true;
    }

    /**
     * The digits of {@code length} bytes, two per byte; a nibble above 9 is written as a lowercase hex
     * digit so that nothing is lost (callers that require decimal digits check {@link #isValid}).
     */
    public static String toDigits(byte[] bytes, int offset, int length) {
        char[] out = new char[length * 2];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xff;
            out[2 * i] = DIGITS[b >>> 4];
            out[2 * i + 1] = DIGITS[b & 0x0f];
        }
        return new String(out);
    }

    /**
     * Writes {@code digits} as {@code length} BCD bytes, left-padded with zeros (a phone number of 11
     * digits becomes 012345678901 in BCD[6]). Hex digits a–f are accepted so that a value decoded by
     * {@link #toDigits} re-encodes to the same bytes.
     *
     * @throws IllegalArgumentException if the digits do not fit or a character is not a digit
     */
    public static void write(String digits, byte[] out, int offset, int length) {
        if (digits.length() > length * 2) {
            throw new IllegalArgumentException("BCD value longer than " + length * 2 + " digits: " + digits);
        }
        int pad = length * 2 - digits.length();
        for (int i = 0; i < length * 2; i++) {
            int nibble = i < pad ? 0 : nibble(digits, i - pad);
            if ((i & 1) == 0) {
                out[offset + i / 2] = (byte) (nibble << 4);
            } else {
                out[offset + i / 2] |= (byte) nibble;
            }
        }
    }

    /** The bytes of {@code digits} as BCD[length]; see {@link #write}. */
    public static byte[] toBytes(String digits, int length) {
        byte[] out = new byte[length];
        write(digits, out, 0, length);
        return out;
    }

    /** Reads up to 8 BCD bytes as the big-endian bits they hold (not their decimal value). */
    public static long packed(byte[] bytes, int offset, int length) {
        long v = 0;
        for (int i = 0; i < length; i++) {
            v = (v << 8) | (bytes[offset + i] & 0xff);
        }
        return v;
    }

    /** The two-digit decimal value of one BCD byte, or -1 when a nibble is above 9. */
    public static int value(int b) {
        int hi = (b >>> 4) & 0x0f;
        int lo = b & 0x0f;
        return hi > 9 || lo > 9 ? -1 : hi * 10 + lo;
    }

    /** One byte holding the two decimal digits of {@code v} in [0, 99]. */
    public static int encode(int v) {
        if (v < 0 || v > 99) {
            throw new IllegalArgumentException("BCD byte out of range [0, 99]: " + v);
        }
        return ((v / 10) << 4) | (v % 10);
    }

    private static int nibble(String digits, int i) {
        char c = digits.charAt(i);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw new IllegalArgumentException("not a BCD digit at index " + i + ": " + digits);
    }
}
