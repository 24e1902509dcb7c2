package io.github.jiguan.telematics.jt808.message;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable run of bytes: raw bodies, vendor items, transparent data, RSA moduli. Equal by
 * content; {@link #toString()} is lowercase hex.
 */
public final class Octets {

    private static final Octets EMPTY = new Octets(new byte[0]);

    private final byte[] bytes;

    private Octets(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}. */
    public static Octets of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Octets(bytes.clone());
    }

    /** A copy of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static Octets of(byte[] bytes, int offset, int length) {
        return length == 0 ? EMPTY : new Octets(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /** The bytes of a hex string such as {@code "7e02"} (case-insensitive). */
    public static Octets fromHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    /** No bytes. */
    public static Octets empty() {
        return EMPTY;
    }

    /** Wraps an array the caller hands over and never touches again. */
    static Octets adopt(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Octets(bytes);
    }

    /** The number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** True when there are no bytes. */
    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** The unsigned byte at {@code index}. */
    public int get(int index) {
        return bytes[index] & 0xff;
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** Copies the bytes into {@code out} at {@code offset}. */
    public void copyTo(byte[] out, int offset) {
        System.arraycopy(bytes, 0, out, offset, bytes.length);
    }

    /** Lowercase hex. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Octets other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Lowercase hex. */
    @Override
    public String toString() {
        return hex();
    }
}
