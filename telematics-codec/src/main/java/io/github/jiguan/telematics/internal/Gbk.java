package io.github.jiguan.telematics.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * GBK text, the STRING type of JT/T 808: plates such as 冀H12345, names and messages. Fixed-length
 * fields (BYTE[n] text) are padded with 0x00 after the text.
 *
 * <p>Decoding never loses a byte: a byte that is not part of valid GBK text (or that would not
 * re-encode to itself) becomes the lone surrogate U+DC00 + byte, as PEP 383's "surrogateescape" does,
 * and encoding writes such a surrogate back as that byte. Lone surrogates are not text, so they never
 * stand for a character a program meant; they let a record's String carry what the terminal sent.
 */
public final class Gbk {

    /** The GBK charset, present in every JDK image that has {@code jdk.charsets}. */
    public static final Charset CHARSET = Charset.forName("GBK");

    private static final char ESCAPE_BASE = 0xDC00;

    private Gbk() {
    }

    /**
     * Decodes {@code length} bytes; a byte that is not GBK becomes U+DC00 + byte, so that
     * {@link #encode} gives the bytes back exactly.
     */
    public static String decode(byte[] b, int offset, int length) {
        if (isAscii(b, offset, length)) {
            return new String(b, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        String text = decodeEscaping(b, offset, length);
        byte[] again = encode(text);
        if (java.util.Arrays.equals(again, 0, again.length, b, offset, offset + length)) {
            return text;
        }
        // a valid sequence that re-encodes differently: escape every non-ASCII byte, which is exact
        StringBuilder sb = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            sb.append(b[i] >= 0 ? (char) b[i] : escape(b[i]));
        }
        return sb.toString();
    }

    private static String decodeEscaping(byte[] b, int offset, int length) {
        CharsetDecoder decoder = CHARSET.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        while (true) {
            java.nio.charset.CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            for (int i = 0; i < r.length(); i++) {
                out.put(escape(in.get()));
            }
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static char escape(byte b) {
        return (char) (ESCAPE_BASE + (b & 0xff));
    }

    /** True when the bytes are valid GBK (and so decode and re-encode to themselves). */
    public static boolean isValid(byte[] b, int offset, int length) {
        if (isAscii(b, offset, length)) {
            return true;
        }
        CharsetDecoder decoder = CHARSET.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(b, offset, length));
            byte[] again = encode(chars.toString());
            return java.util.Arrays.equals(again, 0, again.length, b, offset, offset + length);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Decodes a fixed-length field, dropping the 0x00 padding after the text. */
    public static String decodeFixed(byte[] b, int offset, int length) {
        int end = offset + length;
        while (end > offset && b[end - 1] == 0) {
            end--;
        }
        return decode(b, offset, end - offset);
    }

    /** The GBK bytes of {@code text}; a lone surrogate U+DC80–U+DCFF (see the class comment) is its byte. */
    public static byte[] encode(String text) {
        int first = firstEscape(text, 0);
        if (first < 0) {
            return text.getBytes(CHARSET);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() * 2);
        int from = 0;
        for (int i = first; i >= 0; i = firstEscape(text, from)) {
            out.writeBytes(text.substring(from, i).getBytes(CHARSET));
            out.write(text.charAt(i) - ESCAPE_BASE);
            from = i + 1;
        }
        out.writeBytes(text.substring(from).getBytes(CHARSET));
        return out.toByteArray();
    }

    /** The index of the first escaped byte at or after {@code from}: a low surrogate U+DC80–U+DCFF without a high one before it. */
    private static int firstEscape(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ESCAPE_BASE + 0x80 && c <= ESCAPE_BASE + 0xff && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code text} is entirely representable in GBK. */
    public static boolean canEncode(String text) {
        return CHARSET.newEncoder().canEncode(text);
    }

    private static boolean isAscii(byte[] b, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
