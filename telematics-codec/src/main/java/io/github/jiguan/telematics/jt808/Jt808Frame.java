package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.internal.Bcd;
import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.jt808.codec.BodyLengthMismatchException;
import io.github.jiguan.telematics.jt808.codec.BodyTooLongException;
import io.github.jiguan.telematics.jt808.codec.ChecksumMismatchException;
import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.codec.InvalidFieldException;
import io.github.jiguan.telematics.jt808.codec.MalformedFrameException;
import io.github.jiguan.telematics.jt808.codec.TruncatedBodyException;
import java.util.Arrays;
import java.util.Objects;

/**
 * One JT/T 808 frame, de-escaped: its header, its body bytes and whether its check code and body
 * length agreed with its content. This is the layer between {@link Jt808StreamSplitter} (bytes to
 * frames) and the body codecs (frame to message). Immutable.
 *
 * <p>On the wire a frame is {@code 7e header body checkcode 7e}, where 0x7e inside is sent as
 * {@code 7d 02} and 0x7d as {@code 7d 01}, and the check code is the XOR of header and body.
 */
public final class Jt808Frame {

    /** The frame delimiter (标识位). */
    public static final int DELIMITER = 0x7e;
    /** The escape byte. */
    public static final int ESCAPE = 0x7d;
    /** The largest body the 10-bit length field can declare. */
    public static final int MAX_BODY_LENGTH = 0x3ff;

    private static final int MIN_HEADER = 12;
    /** The protocol version byte of the 2019 edition (协议版本号, "initial version 1"); strict mode accepts no other. */
    private static final int PROTOCOL_VERSION_2019 = 1;

    private final Jt808Header header;
    private final byte[] data;
    private final int bodyOffset;
    private final int bodyLength;
    private final boolean checksumOk;

    private Jt808Frame(Jt808Header header, byte[] data, int bodyOffset, int bodyLength, boolean checksumOk) {
        this.header = header;
        this.data = data;
        this.bodyOffset = bodyOffset;
        this.bodyLength = bodyLength;
        this.checksumOk = checksumOk;
    }

    /** Parses a whole wire frame strictly; see {@link #parse(byte[], int, int, boolean)}. */
    public static Jt808Frame parse(byte[] wire) {
        return parse(wire, 0, wire.length, true);
    }

    /**
     * Parses one wire frame: checks and strips the 0x7e delimiters, de-escapes, verifies the check code
     * and reads the header.
     *
     * @param strict when true a check-code mismatch, a body length that disagrees with the bytes present,
     *     or a subpackage index out of range raise an exception; when
     *     false the frame is kept and marked ({@link #checksumOk()}, {@link #bodyLengthMatches()}), and
     *     the body is the bytes present
     * @throws MalformedFrameException for missing delimiters, a bad escape, a 0x7e inside or a frame too short
     * @throws ChecksumMismatchException in strict mode, when the check code is wrong
     * @throws BodyLengthMismatchException in strict mode, when the declared length is not the length present
     */
    public static Jt808Frame parse(byte[] wire, int offset, int length, boolean strict) {
        return parse(wire, offset, length, strict ? DecodeOptions.STRICT : DecodeOptions.LENIENT);
    }

    /** Parses one wire frame with {@code options} (strictness and the bit-14 compatibility reading). */
    public static Jt808Frame parse(byte[] wire, int offset, int length, DecodeOptions options) {
        Objects.checkFromIndexSize(offset, length, wire.length);
        byte[] data = new byte[length];
        int packed = unescapeInto(wire, offset, length, data);
        int n = packed >>> 8;
        boolean xorOk = (packed & 0xff) == 0;
        Jt808Header header = readHeader(data, n, xorOk, options);
        return new Jt808Frame(header, data, header.length(), n - 1 - header.length(), xorOk);
    }

    /**
     * De-escapes the content of the delimited frame {@code wire[offset, offset + length)} into {@code out};
     * returns the de-escaped length shifted left by 8, or'ed with the XOR of all de-escaped bytes (0 when
     * the check code matches).
     */
    static int unescapeInto(byte[] wire, int offset, int length, byte[] out) {
        if (length < 2 || wire[offset] != DELIMITER || wire[offset + length - 1] != DELIMITER) {
            throw new MalformedFrameException("a frame must start and end with 0x7e", 0, wire, offset,
                    offset + Math.min(length, 16));
        }
        int from = offset + 1;
        int to = offset + length - 1;
        int n = 0;
        int xor = 0;
        for (int i = from; i < to; i++) {
            int b = wire[i];
            if (b == ESCAPE) {
                b = unescapeAt(wire, i, to, n);
                i++;
            } else if (b == DELIMITER) {
                throw new MalformedFrameException("0x7e inside a frame at offset " + n, n, wire, i, i + 1);
            }
            out[n++] = (byte) b;
            xor ^= b;
        }
        return (n << 8) | (xor & 0xff);
    }

    private static int unescapeAt(byte[] wire, int i, int to, int n) {
        if (i + 1 >= to) {
            throw new MalformedFrameException("0x7d escape at the end of the frame at offset " + n, n, wire, i, to);
        }
        int next = wire[i + 1];
        if (next == 0x02) {
            return DELIMITER;
        }
        if (next == 0x01) {
            return ESCAPE;
        }
        throw new MalformedFrameException(String.format("0x7d followed by 0x%02x (only 01 or 02 allowed) at offset %d",
                next & 0xff, n), n, wire, i, i + 2);
    }

    /**
     * Whether the wire bytes {@code w[from, to)}, a candidate between two delimiters, have the shape of a
     * frame: valid escapes, room for a header and a check code, and a declared body length that fits the
     * bytes present (with a 2013 or a 2019 header) or a check code that matches. The splitter asks it of
     * bytes that follow a frame's closing delimiter, to tell a frame sharing it from garbage.
     */
    static boolean looksLikeFrame(byte[] w, int from, int to) {
        int n = 0;
        int xor = 0;
        int properties = 0;
        for (int i = from + 1; i < to - 1; i++) {
            int b = w[i];
            if (b == ESCAPE) {
                if (i + 2 >= to || (w[i + 1] != 0x01 && w[i + 1] != 0x02)) {
                    return false;
                }
                b = w[++i] == 0x02 ? DELIMITER : ESCAPE;
            }
            if (n == 2 || n == 3) {
                properties = (properties << 8) | (b & 0xff);
            }
            xor ^= b;
            n++;
        }
        if (n < MIN_HEADER + 1) {
            return false;
        }
        int sub = Bits.isSet(properties, 13) ? 4 : 0;
        int declared = properties & MAX_BODY_LENGTH;
        boolean lengthFits = n - 1 - MIN_HEADER - sub == declared
                || Bits.isSet(properties, 14) && n - 1 - 17 - sub == declared;
        return lengthFits || (xor & 0xff) == 0;
    }

    /**
     * Reads and checks the header of de-escaped content {@code data[0, n)}; in strict mode also checks
     * the check code and the body length.
     */
    static Jt808Header readHeader(byte[] data, int n, boolean xorZero, DecodeOptions options) {
        boolean strict = options.strict();
        if (n < MIN_HEADER + 1) {
            throw new MalformedFrameException("frame of " + n + " bytes is shorter than the 13 of a header and a check code",
                    0, data, 0, n);
        }
        int properties = Bits.u16(data, 2);
        boolean v2019 = Bits.isSet(properties, 14);
        boolean sub = Bits.isSet(properties, 13);
        if (v2019 && options.versionFlagWith2013Body() && flagOn2013Frame(n, properties, sub)) {
            v2019 = false;
        }
        int headerLength = (v2019 ? 17 : 12) + (sub ? 4 : 0);
        if (n < headerLength + 1) {
            throw new TruncatedBodyException("header", headerLength + 1, n, 0, data, 0, n);
        }
        if (strict && !xorZero) {
            int carried = data[n - 1] & 0xff;
            throw new ChecksumMismatchException(carried ^ xorOf(data, n), carried, n - 1, data, n - 1, n);
        }
        Jt808Header header = readHeader(data, v2019, sub, properties, strict);
        int present = n - headerLength - 1;
        if (strict && present != header.declaredBodyLength()) {
            throw new BodyLengthMismatchException(header.declaredBodyLength(), present, headerLength, data,
                    headerLength, n - 1);
        }
        return header;
    }

    /** Bit 14 set, but the declared length fits a 2013 header and not a 2019 one. */
    static boolean flagOn2013Frame(int n, int properties, boolean sub) {
        int declared = properties & 0x3ff;
        int extra = sub ? 4 : 0;
        return n - 17 - extra - 1 != declared && n - 12 - extra - 1 == declared;
    }

    private static int xorOf(byte[] data, int n) {
        int x = 0;
        for (int i = 0; i < n; i++) {
            x ^= data[i];
        }
        return x & 0xff;
    }

    private static Jt808Header readHeader(byte[] d, boolean v2019, boolean sub, int properties, boolean strict) {
        int p = 4;
        int versionByte = 0;
        long high = 0;
        if (v2019) {
            versionByte = d[p] & 0xff;
            if (strict && versionByte != PROTOCOL_VERSION_2019) {
                throw new InvalidFieldException("protocol version", String.format(
                        "0x%02x (JT/T 808-2019 defines version %d)", versionByte, PROTOCOL_VERSION_2019), p, d, p, p + 1);
            }
            p++;
            high = Bits.u16(d, p);
            p += 2;
        }
        int lowLength = v2019 ? 8 : 6;
        long low = Bcd.packed(d, p, lowLength);
        p += lowLength;
        int serial = Bits.u16(d, p);
        p += 2;
        int total = 0;
        int index = 0;
        if (sub) {
            total = Bits.u16(d, p);
            index = Bits.u16(d, p + 2);
            if (strict && (total == 0 || index == 0 || index > total)) {
                throw new InvalidFieldException("subpackage", "index " + index + " of total " + total
                        + " (index must be in [1, total])", p, d, p, p + 4);
            }
        }
        return new Jt808Header(Bits.u16(d, 0), properties, versionByte, high, low, serial, total, index, v2019);
    }

    /**
     * A frame made of {@code header} and {@code body}, such as a reassembled message; its check code is
     * taken as verified. The body may be longer than {@link #MAX_BODY_LENGTH} (a reassembled body).
     */
    public static Jt808Frame of(Jt808Header header, byte[] body) {
        return of(header, body, true);
    }

    /** A frame of {@code header} and {@code body} whose check code is marked {@code checksumOk}. */
    static Jt808Frame of(Jt808Header header, byte[] body, boolean checksumOk) {
        byte[] data = new byte[header.length() + body.length + 1];
        int p = header.writeTo(data, 0, body.length);
        System.arraycopy(body, 0, data, p, body.length);
        return new Jt808Frame(header, data, p, body.length, checksumOk);
    }

    /**
     * Where byte {@code offset} of the de-escaped content (counted after the opening 0x7e, as
     * {@link io.github.jiguan.telematics.jt808.codec.Jt808Exception#offset()} counts) sits in the wire frame {@code wire[from, from + length)},
     * counted from {@code from}: each escape before it adds one byte. Offsets past the content map past
     * its end.
     */
    public static long wireOffset(byte[] wire, int from, int length, long offset) {
        int end = from + length;
        int w = from < end && wire[from] == DELIMITER ? from + 1 : from;
        long k = 0;
        for (; k < offset && w < end; k++) {
            w += wire[w] == ESCAPE ? 2 : 1;
        }
        return w - from + (offset - k);
    }

    /** The header. */
    public Jt808Header header() {
        return header;
    }

    /** A copy of the body bytes (the bytes present between header and check code). */
    public byte[] body() {
        return Arrays.copyOfRange(data, bodyOffset, bodyOffset + bodyLength);
    }

    /** The number of body bytes present. */
    public int bodyLength() {
        return bodyLength;
    }

    /** True when the check code matched (always true for frames built with {@link #of}). */
    public boolean checksumOk() {
        return checksumOk;
    }

    /** True when the header's declared body length equals the bytes present. */
    public boolean bodyLengthMatches() {
        return header.declaredBodyLength() == bodyLength;
    }

    /** The de-escaped content (header, body, check code); never handed out of the package. */
    byte[] rawData() {
        return data;
    }

    int bodyOffset() {
        return bodyOffset;
    }

    /**
     * This frame on the wire: header with the body length of the body present, body, a freshly computed
     * check code, escaped and delimited.
     *
     * @throws BodyTooLongException if the body is longer than {@link #MAX_BODY_LENGTH}
     */
    public byte[] toWire() {
        if (bodyLength > MAX_BODY_LENGTH) {
            throw new BodyTooLongException("one frame (encode it in subpackages with Jt808Encoder)", bodyLength,
                    MAX_BODY_LENGTH);
        }
        byte[] content = new byte[header.length() + bodyLength + 1];
        int p = header.writeTo(content, 0, bodyLength);
        System.arraycopy(data, bodyOffset, content, p, bodyLength);
        return escape(content, 0, content.length - 1);
    }

    /**
     * Escapes and delimits {@code length} bytes of header and body, appending their check code: the
     * result is a complete wire frame. The byte at {@code offset + length} is not read.
     */
    public static byte[] escape(byte[] content, int offset, int length) {
        int xor = 0;
        int extra = 0;
        for (int i = offset; i < offset + length; i++) {
            int b = content[i];
            xor ^= b;
            extra += (b == DELIMITER ? 1 : 0) + (b == ESCAPE ? 1 : 0); // counted without a branch
        }
        xor &= 0xff;
        int checkExtra = xor == DELIMITER || xor == ESCAPE ? 1 : 0;
        byte[] out = new byte[length + extra + checkExtra + 3];
        int p = 0;
        out[p++] = DELIMITER;
        if (extra == 0) { // most frames: one block copy instead of a test per byte (a third of encoding 0x0200)
            System.arraycopy(content, offset, out, p, length);
            p += length;
        } else {
            for (int i = offset; i < offset + length; i++) {
                p = put(out, p, content[i]);
            }
        }
        p = put(out, p, (byte) xor);
        out[p] = DELIMITER;
        return out;
    }

    private static int put(byte[] out, int p, byte b) {
        if (b == DELIMITER) {
            out[p++] = ESCAPE;
            out[p++] = 0x02;
        } else if (b == ESCAPE) {
            out[p++] = ESCAPE;
            out[p++] = 0x01;
        } else {
            out[p++] = b;
        }
        return p;
    }

    /**
     * De-escapes the content of a wire frame (without its delimiters): {@code 7d 02} becomes 0x7e and
     * {@code 7d 01} becomes 0x7d.
     *
     * @throws MalformedFrameException for a 0x7d followed by anything else, or a 0x7e inside
     */
    public static byte[] unescape(byte[] wire, int offset, int length) {
        byte[] out = new byte[length];
        int n = 0;
        for (int i = offset; i < offset + length; i++) {
            int b = wire[i];
            if (b == ESCAPE) {
                b = unescapeAt(wire, i, offset + length, n);
                i++;
            } else if (b == DELIMITER) {
                throw new MalformedFrameException("0x7e inside a frame at offset " + n, n, wire, i, i + 1);
            }
            out[n++] = (byte) b;
        }
        return n == length ? out : Arrays.copyOf(out, n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Jt808Frame f && f.header.equals(header) && f.checksumOk == checksumOk
                && Arrays.equals(f.data, f.bodyOffset, f.bodyOffset + f.bodyLength, data, bodyOffset,
                        bodyOffset + bodyLength);
    }

    @Override
    public int hashCode() {
        int h = header.hashCode();
        for (int i = bodyOffset; i < bodyOffset + bodyLength; i++) {
            h = 31 * h + data[i];
        }
        return h;
    }

    /** The header and the body length, for logs. */
    @Override
    public String toString() {
        return "Jt808Frame[" + header + " body=" + bodyLength + (checksumOk ? "" : " unverified") + "]";
    }
}
