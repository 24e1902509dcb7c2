package io.github.jiguan.telematics.internal;

/** Big-endian reads and writes of JT/T 808's WORD and DWORD, and range checks of unsigned values. */
public final class Bits {

    private Bits() {
    }

    /** The unsigned WORD at {@code offset}. */
    public static int u16(byte[] b, int offset) {
        return ((b[offset] & 0xff) << 8) | (b[offset + 1] & 0xff);
    }

    /** The DWORD at {@code offset} as a Java int (its bits; use {@link Integer#toUnsignedLong} for the value). */
    public static int i32(byte[] b, int offset) {
        return ((b[offset] & 0xff) << 24) | ((b[offset + 1] & 0xff) << 16)
                | ((b[offset + 2] & 0xff) << 8) | (b[offset + 3] & 0xff);
    }

    /** Writes a WORD. */
    public static void put16(byte[] b, int offset, int v) {
        b[offset] = (byte) (v >>> 8);
        b[offset + 1] = (byte) v;
    }

    /** Writes a DWORD. */
    public static void put32(byte[] b, int offset, int v) {
        b[offset] = (byte) (v >>> 24);
        b[offset + 1] = (byte) (v >>> 16);
        b[offset + 2] = (byte) (v >>> 8);
        b[offset + 3] = (byte) v;
    }

    /** True when bit {@code bit} of {@code flags} is set. */
    public static boolean isSet(int flags, int bit) {
        return (flags & (1 << bit)) != 0;
    }

    /** {@code value} if it is within [0, 255], for a BYTE field named {@code field}. */
    public static int checkByte(String field, int value) {
        return checkRange(field, value, 0, 0xff);
    }

    /** {@code value} if it is within [0, 65535], for a WORD field named {@code field}. */
    public static int checkWord(String field, int value) {
        return checkRange(field, value, 0, 0xffff);
    }

    /** {@code value} if it is within [0, 4294967295], for a DWORD field named {@code field}. */
    public static long checkDword(String field, long value) {
        if (value < 0 || value > 0xffff_ffffL) {
            throw new IllegalArgumentException(field + " out of range [0, 4294967295]: " + value);
        }
        return value;
    }

    /** {@code value} if it is within [min, max]; the message names the field, the range and the value. */
    public static int checkRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " out of range [" + min + ", " + max + "]: " + value);
        }
        return value;
    }
}
