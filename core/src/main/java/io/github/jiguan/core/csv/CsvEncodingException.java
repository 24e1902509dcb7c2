package io.github.jiguan.core.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A CSV input holds bytes that are not in its encoding. The rejection names the line the bytes are
 * on and shows them in hex; when a UTF-8 file's bytes read as GB18030 (GBK), the encoding Excel on
 * a Chinese system saves CSV in, {@link #looksLikeGb18030()} is true and the message says how to
 * convert the file, so that a caller can offer to read it as GB18030 instead.
 */
public final class CsvEncodingException extends CsvFormatException {

    /** GB18030, the superset of GBK that Excel on a Chinese system writes. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private final boolean gb18030;

    /** Creates the exception; {@code looksLikeGb18030} when the bytes read as GB18030. */
    public CsvEncodingException(Rejection rejection, boolean looksLikeGb18030) {
        super(rejection);
        this.gb18030 = looksLikeGb18030;
    }

    /**
     * The exception for bad {@code bytes} (the bad ones first, then what follows them) on {@code line}
     * of a file read as {@code charset}, saying whether the file looks like GB18030.
     */
    public static CsvEncodingException at(String source, long line, Charset charset, byte[] bytes) {
        boolean gb = charset.equals(StandardCharsets.UTF_8) && readsAsChinese(bytes);
        String shown = HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(bytes.length, 8));
        String reason = "is not valid " + charset.name() + " (bytes " + shown + ")"
                + (gb ? ": the file looks like GBK/GB18030, the encoding Excel on a Chinese system saves CSV in;"
                        + " convert it to UTF-8 (iconv -f GB18030 -t UTF-8 " + source + ") or read it as GB18030" : "");
        return new CsvEncodingException(new Rejection(source, line, "", null, reason), gb);
    }

    /** Whether the bytes read as GB18030 text with a Chinese character in it (the last one may be cut). */
    private static boolean readsAsChinese(byte[] bytes) {
        for (int cut = 0; cut < 4 && cut < bytes.length; cut++) {
            try {
                String text = GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, bytes.length - cut)).toString();
                return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            } catch (CharacterCodingException e) {
                // the bytes may end inside a character: try one shorter
            }
        }
        return false;
    }

    /** Whether the bytes read as GB18030 (GBK) text: the file is most likely in that encoding. */
    public boolean looksLikeGb18030() {
        return gb18030;
    }
}
