package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.internal.Bcd;
import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.internal.Gbk;
import io.github.jiguan.telematics.jt808.message.BcdTime;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import java.util.Arrays;

/**
 * A growing buffer that body codecs write a body into, in the layout of {@link #version()}. Values
 * out of range for their wire type raise {@link IllegalArgumentException} naming the field. Not
 * thread-safe; one per encode.
 */
public final class BodyWriter {

    private final ProtocolVersion version;
    private byte[] buf;
    private int size;

    /** A writer for the layout of {@code version}. */
    public BodyWriter(ProtocolVersion version) {
        this.version = version;
        this.buf = new byte[64];
    }

    /** The edition whose layout is being written. */
    public ProtocolVersion version() {
        return version;
    }

    /** Bytes written so far. */
    public int size() {
        return size;
    }

    /** Writes a BYTE. */
    public BodyWriter u8(String field, int v) {
        Bits.checkByte(field, v);
        ensure(1);
        buf[size++] = (byte) v;
        return this;
    }

    /** Writes a WORD. */
    public BodyWriter u16(String field, int v) {
        Bits.checkWord(field, v);
        ensure(2);
        Bits.put16(buf, size, v);
        size += 2;
        return this;
    }

    /** Writes a DWORD from its bits. */
    public BodyWriter i32(int v) {
        ensure(4);
        Bits.put32(buf, size, v);
        size += 4;
        return this;
    }

    /** Writes a DWORD from an unsigned value. */
    public BodyWriter u32(String field, long v) {
        return i32((int) Bits.checkDword(field, v));
    }

    /** Writes bytes as they are. */
    public BodyWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    /** Writes {@code length} bytes of {@code b} from {@code offset}. */
    public BodyWriter bytes(byte[] b, int offset, int length) {
        ensure(length);
        System.arraycopy(b, offset, buf, size, length);
        size += length;
        return this;
    }

    /** Writes exactly {@code n} bytes: {@code b} and 0x00 padding; fails when {@code b} is longer. */
    public BodyWriter fixed(String field, byte[] b, int n) {
        if (b.length > n) {
            throw new IllegalArgumentException(field + " longer than " + n + " bytes: " + b.length);
        }
        bytes(b);
        ensure(n - b.length);
        size += n - b.length;
        return this;
    }

    /** Writes digits as BCD[n], left-padded with zeros. */
    public BodyWriter bcd(String field, String digits, int n) {
        ensure(n);
        try {
            Bcd.write(digits, buf, size, n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
        size += n;
        return this;
    }

    /** Writes a BCD[6] time. */
    public BodyWriter time(BcdTime time) {
        return bcd("time", time.digits(), 6);
    }

    /** Writes GBK text with no length. */
    public BodyWriter gbk(String text) {
        return bytes(Gbk.encode(text));
    }

    /** Writes GBK text in a fixed BYTE[n] field padded with 0x00. */
    public BodyWriter gbkFixed(String field, String text, int n) {
        return fixed(field, Gbk.encode(text), n);
    }

    /** Writes GBK text preceded by its length as a BYTE. */
    public BodyWriter gbkWithByteLength(String field, String text) {
        byte[] b = Gbk.encode(text);
        u8(field + " length", b.length);
        return bytes(b);
    }

    /** Writes GBK text preceded by its length as a WORD. */
    public BodyWriter gbkWithWordLength(String field, String text) {
        byte[] b = Gbk.encode(text);
        u16(field + " length", b.length);
        return bytes(b);
    }

    /** Overwrites the BYTE at {@code position} (for counts and lengths known only after the items). */
    public void setU8(String field, int position, int v) {
        Bits.checkByte(field, v);
        buf[position] = (byte) v;
    }

    /** Overwrites the WORD at {@code position}. */
    public void setU16(String field, int position, int v) {
        Bits.checkWord(field, v);
        Bits.put16(buf, position, v);
    }

    /** The bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int n) {
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }
    }
}
