package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.internal.Bcd;
import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.internal.Gbk;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.message.BcdTime;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import java.util.Arrays;

/**
 * A cursor over the body of one frame, for body codecs. Every read names its field, so that a body
 * that ends early raises a {@link TruncatedBodyException} saying which field and where. Positions
 * are offsets in the de-escaped frame (see {@link Jt808Exception}). Not thread-safe; one per decode.
 */
public final class BodyReader {

    private final byte[] buf;
    private final int limit;
    private final ProtocolVersion version;
    private final DecodeOptions options;
    private int pos;

    private BodyReader(byte[] buf, int offset, int limit, ProtocolVersion version, DecodeOptions options) {
        this.buf = buf;
        this.pos = offset;
        this.limit = limit;
        this.version = version;
        this.options = options;
    }

    /**
     * A reader over {@code buf[offset, limit)}, the body of a frame whose header layout is 2019 when
     * {@code flagged2019} (the header's version flag), read with {@code options}. Offsets in errors are
     * positions in {@code buf}, so that a decoder passing the whole de-escaped frame gets frame offsets.
     */
    public static BodyReader of(byte[] buf, int offset, int limit, boolean flagged2019, DecodeOptions options) {
        java.util.Objects.checkFromToIndex(offset, limit, buf.length);
        ProtocolVersion version = flagged2019 ? ProtocolVersion.V2019 : options.unflaggedEdition();
        return new BodyReader(buf, offset, limit, version, java.util.Objects.requireNonNull(options, "options"));
    }

    /** A reader over a body alone in the layout of {@code version} (offsets count from its first byte). */
    public static BodyReader of(byte[] body, ProtocolVersion version, DecodeOptions options) {
        DecodeOptions o = version.is2019() ? options : options.withUnflaggedEdition(version);
        return of(body, 0, body.length, version.is2019(), o);
    }

    /** The layout edition: 2019 with the header's version flag, otherwise the options' unflagged edition. */
    public ProtocolVersion version() {
        return version;
    }

    /** The decode options. */
    public DecodeOptions options() {
        return options;
    }

    /** True in strict mode. */
    public boolean strict() {
        return options.strict();
    }

    /** The current offset. */
    public int position() {
        return pos;
    }

    /** Bytes left in the body. */
    public int remaining() {
        return limit - pos;
    }

    /** True while bytes are left. */
    public boolean hasRemaining() {
        return pos < limit;
    }

    /** Ensures {@code n} bytes are left for {@code field}. */
    public void require(String field, int n) {
        if (n < 0 || limit - pos < n) {
            throw new TruncatedBodyException(field, n, limit - pos, pos, buf, pos, limit);
        }
    }

    /** The BYTE {@code ahead} bytes from the current position, without moving; -1 past the end. */
    public int peek(int ahead) {
        return pos + ahead < limit ? buf[pos + ahead] & 0xff : -1;
    }

    /** A BYTE. */
    public int u8(String field) {
        require(field, 1);
        return buf[pos++] & 0xff;
    }

    /** A WORD. */
    public int u16(String field) {
        require(field, 2);
        int v = Bits.u16(buf, pos);
        pos += 2;
        return v;
    }

    /** A DWORD as its bits in an int. */
    public int i32(String field) {
        require(field, 4);
        int v = Bits.i32(buf, pos);
        pos += 4;
        return v;
    }

    /** A DWORD as an unsigned value. */
    public long u32(String field) {
        return Integer.toUnsignedLong(i32(field));
    }

    /** {@code n} bytes. */
    public byte[] bytes(String field, int n) {
        require(field, n);
        byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return b;
    }

    /** All bytes left. */
    public byte[] rest() {
        return bytes("rest", remaining());
    }

    /** Skips {@code n} bytes. */
    public void skip(String field, int n) {
        require(field, n);
        pos += n;
    }

    /** BCD[n] as its digits; a nibble above 9 is an {@link InvalidBcdException}. */
    public String bcd(String field, int n) {
        require(field, n);
        if (!Bcd.isValid(buf, pos, n)) {
            throw new InvalidBcdException(field, "nibble above 9", pos, buf, pos, pos + n);
        }
        String s = Bcd.toDigits(buf, pos, n);
        pos += n;
        return s;
    }

    /** BCD[n], n ≤ 8, as its packed bits; a nibble above 9 is an {@link InvalidBcdException}. */
    public long bcdPacked(String field, int n) {
        require(field, n);
        if (!Bcd.isValid(buf, pos, n)) {
            throw new InvalidBcdException(field, "nibble above 9", pos, buf, pos, pos + n);
        }
        long v = Bcd.packed(buf, pos, n);
        pos += n;
        return v;
    }

    /** BCD[6] YYMMDDhhmmss (GMT+8). */
    public BcdTime time(String field) {
        return BcdTime.parse(bcd(field, 6));
    }

    /** {@code n} bytes of GBK text (checked to be GBK in strict mode). */
    public String gbk(String field, int n) {
        require(field, n);
        checkGbk(field, n);
        String s = Gbk.decode(buf, pos, n);
        pos += n;
        return s;
    }

    /** A fixed-length BYTE[n] text field, its 0x00 padding dropped. */
    public String gbkFixed(String field, int n) {
        require(field, n);
        checkGbk(field, n);
        String s = Gbk.decodeFixed(buf, pos, n);
        pos += n;
        return s;
    }

    /** The rest of the body as GBK text. */
    public String gbkRest(String field) {
        return gbk(field, remaining());
    }

    /** GBK text preceded by its length as a BYTE. */
    public String gbkWithByteLength(String field) {
        return gbk(field, u8(field + " length"));
    }

    /** GBK text preceded by its length as a WORD. */
    public String gbkWithWordLength(String field) {
        return gbk(field, u16(field + " length"));
    }

    /** A reader over the next {@code n} bytes, which this reader skips. */
    public BodyReader slice(String field, int n) {
        require(field, n);
        BodyReader r = new BodyReader(buf, pos, pos + n, version, options);
        pos += n;
        return r;
    }

    /** Reads with the same buffer from the current position without moving this reader. */
    byte[] buffer() {
        return buf;
    }

    int limit() {
        return limit;
    }

    void advance(int n) {
        pos += n;
    }

    /** An {@link InvalidFieldException} for {@code field} spanning {@code [from, to)} of this frame. */
    public InvalidFieldException invalid(String field, String reason, int from, int to) {
        return new InvalidFieldException(field, reason, from, buf, from, to);
    }

    /** Fails with an {@link InvalidFieldException} when bytes are left over after a fixed-layout body (strict only). */
    public void expectEnd(String body) {
        if (strict() && hasRemaining()) {
            throw invalid(body, remaining() + " bytes left after the last field", pos, limit);
        }
    }

    private void checkGbk(String field, int n) {
        if (options.strict() && !Gbk.isValid(buf, pos, n)) {
            throw invalid(field, "text is not GBK", pos, pos + n);
        }
    }
}
