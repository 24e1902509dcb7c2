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
 */
public final class Gbk {

    /** The GBK charset, present in every JDK image that has {@code jdk.charsets}. */
    public static final Charset CHARSET = Charset.forName("GBK");

    private Gbk() {
    }

    /** Decodes {@code length} bytes; bytes that are not GBK become U+FFFD. */
    public static String decode(byte[] b, int offset, int length) {
        if (isAscii(b, offset, length)) {
            return new String(b, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return new String(b, offset, length, CHARSET);
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

    /** The GBK bytes of {@code text}. */
    public static byte[] encode(String text) {
        return text.getBytes(CHARSET);
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
