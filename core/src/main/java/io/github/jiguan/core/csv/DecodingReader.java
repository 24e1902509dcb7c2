package io.github.jiguan.core.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Decodes bytes for {@link CsvReader} so that bad bytes are reported where they are: every
 * character before them is handed over first, and only the next read fails, with the bytes. An
 * {@code InputStreamReader} decodes thousands of bytes ahead, so the line a reader is on when it
 * fails is not the line of the bad bytes. Not thread-safe.
 */
final class DecodingReader extends Reader {

    /** How many bytes from the bad ones on a failure carries, for guessing the file's real encoding. */
    private static final int SHOWN = 48;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean eof;
    private boolean flushed;

    DecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            CoderResult r = decoder.decode(bytes, out, eof);
            int n = out.position() - off;
            if (r.isError()) {
                if (n > 0) {
                    return n;
                }
                throw new Malformed(charset, Arrays.copyOfRange(bytes.array(), bytes.position(),
                        bytes.position() + Math.min(SHOWN, bytes.remaining())));
            }
            if (r.isOverflow() || (n > 0 && !eof)) {
                return n;
            }
            if (eof) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                }
                n = out.position() - off;
                return n > 0 ? n : -1;
            }
            refill();
        }
    }

    private void refill() throws IOException {
        bytes.compact();
        int k = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (k > 0) {
            bytes.position(bytes.position() + k);
        }
        bytes.flip();
        eof = k < 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Bytes that are not in the charset, with up to {@value #SHOWN} bytes from them on. */
    static final class Malformed extends IOException {
        private final transient Charset charset;
        private final byte[] bytes;

        Malformed(Charset charset, byte[] bytes) {
            super("bytes not in " + charset, null);
            this.charset = charset;
            this.bytes = bytes;
        }

        Charset charset() {
            return charset;
        }

        byte[] bytes() {
            return bytes.clone();
        }
    }
}
