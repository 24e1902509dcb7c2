package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.jt808.codec.FrameTooLongException;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.codec.TruncatedFrameException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a TCP byte stream into JT/T 808 frames, whatever the chunking: several frames in one read, a
 * frame over many reads, bytes outside frames (skipped and counted), a stray 0x7e (a {@code 7e 7e}
 * pair starts the frame at the second one), two frames sharing one delimiter ({@code 7e A 7e B 7e}:
 * bytes after a frame's closing 0x7e are taken as a frame when they have a frame's shape, a header and
 * a body length or check code that agrees, and are skipped as garbage otherwise) and frames over the
 * maximum length (reported as a {@link FrameTooLongException}, then skipped to the next 0x7e). Each
 * frame is handed over with its delimiters and still escaped, ready for {@link Jt808Decoder}.
 *
 * <p>A frame that lies whole inside the chunk being fed is handed over in place, without a copy;
 * only a frame cut by a chunk boundary is gathered in the splitter's buffer, which is bounded by the
 * maximum frame length. One splitter per connection; not thread-safe.
 */
public final class Jt808StreamSplitter {

    /** Receives what the splitter finds, during {@link #feed(byte[], int, int, Sink)}. */
    public interface Sink {
        /**
         * A complete frame, delimiters included, in {@code bytes[offset, offset + length)}, whose opening
         * 0x7e is at {@code streamOffset} in the stream. The bytes are the caller's chunk or the
         * splitter's buffer and are valid only during this call: copy what you keep.
         */
        void frame(byte[] bytes, int offset, int length, long streamOffset);

        /** A frame given up (too long); the stream carries on. */
        void error(Jt808Exception error);
    }

    /** The default maximum: a 2019 subpackage header, 1023 body bytes and the check code, all escaped, and the delimiters. */
    public static final int DEFAULT_MAX_FRAME_LENGTH = 2 * (21 + Jt808Frame.MAX_BODY_LENGTH + 1) + 2;

    private static final int HEX_BYTES_OF_A_LONG_FRAME = 32;

    private final int maxFrameLength;
    /** The part of the current frame fed in earlier chunks (opening 0x7e included); empty when it opened in this chunk. */
    private byte[] buf = new byte[256];
    private int size;
    private boolean inFrame;
    /** The current frame opened at the closing delimiter of the one before: it may be a frame sharing it, or garbage. */
    private boolean tentative;
    private boolean overflow;
    private long position;
    private long frameStart;
    private long skipped;
    private final List<Jt808Exception> errors = new ArrayList<>();

    /** A splitter with {@link #DEFAULT_MAX_FRAME_LENGTH}. */
    public Jt808StreamSplitter() {
        this(DEFAULT_MAX_FRAME_LENGTH);
    }

    /** A splitter that gives up frames longer than {@code maxFrameLength} bytes (delimiters included, at least 15). */
    public Jt808StreamSplitter(int maxFrameLength) {
        this.maxFrameLength = Bits.checkRange("maxFrameLength", maxFrameLength, 15, Integer.MAX_VALUE - 8);
    }

    /** Feeds a chunk and returns copies of the frames it completes; errors are kept for {@link #drainErrors()}. */
    public List<byte[]> feed(byte[] chunk) {
        List<byte[]> frames = new ArrayList<>();
        feed(chunk, 0, chunk.length, new Sink() {
            @Override
            public void frame(byte[] bytes, int offset, int length, long streamOffset) {
                frames.add(Arrays.copyOfRange(bytes, offset, offset + length));
            }

            @Override
            public void error(Jt808Exception error) {
                errors.add(error);
            }
        });
        return frames;
    }

    /** The errors found by {@link #feed(byte[])} since the last call. */
    public List<Jt808Exception> drainErrors() {
        List<Jt808Exception> out = List.copyOf(errors);
        errors.clear();
        return out;
    }

    /** Feeds {@code chunk[offset, offset + length)}, handing frames and errors to {@code sink}. */
    public void feed(byte[] chunk, int offset, int length, Sink sink) {
        Objects.checkFromIndexSize(offset, length, chunk.length);
        long base = position - offset;
        int end = offset + length;
        int i = offset;
        // where the current frame opened in this chunk; -1 when it opened in an earlier one (then in buf)
        int start = -1;
        while (i < end) {
            int d = indexOfDelimiter(chunk, i, end);
            if (!inFrame) {
                skipped += d - i;
                if (d == end) {
                    break;
                }
                start = open(base, d, false);
            } else if (d == end) {
                break;
            } else {
                start = close(chunk, start, i, d, base, sink);
            }
            i = d + 1;
        }
        if (inFrame) {
            carry(chunk, start >= 0 ? start : i, end, sink);
        }
        position = base + end;
    }

    private int open(long base, int at, boolean shared) {
        inFrame = true;
        tentative = shared;
        overflow = false;
        size = 0;
        frameStart = base + at;
        return at;
    }

    /** The delimiter at {@code d} ends the current frame; returns where the next frame opens (-1 if none). */
    private int close(byte[] chunk, int start, int from, int d, long base, Sink sink) {
        if (overflow) {
            // the delimiter after an over-long frame: it may close it or open the next one
            return open(base, d, false);
        }
        long length = (start >= 0 ? d - start : size + (long) (d - from)) + 1;
        if (length == 2) {
            if (!tentative) {
                // 7e 7e: the first was a stray delimiter or an end we never saw the start of
                skipped++;
            }
            return open(base, d, false);
        }
        if (length > maxFrameLength && !tentative) {
            reportTooLong(length, chunk, start >= 0 ? start : from, sink);
            return open(base, d, false);
        }
        byte[] bytes = chunk;
        int offset = start;
        if (start < 0) {
            append(chunk, from, d + 1);
            bytes = buf;
            offset = 0;
        }
        if (tentative && (length > maxFrameLength || !Jt808Frame.looksLikeFrame(bytes, offset, offset + (int) length))) {
            // bytes between two frames, not a frame sharing the first one's closing delimiter
            skipped += length - 2;
            return open(base, d, false);
        }
        sink.frame(bytes, offset, (int) length, frameStart);
        // 7e A 7e B 7e: the closing delimiter may open a frame that shares it
        return open(base, d, true);
    }

    /** Keeps the unfinished frame's bytes {@code chunk[from, end)} for the next chunk. */
    private void carry(byte[] chunk, int from, int end, Sink sink) {
        if (overflow) {
            return;
        }
        if (size + (long) (end - from) + 1 > maxFrameLength) {
            if (tentative) {
                // too long to be a frame sharing the last delimiter: bytes between frames
                skipped += size + (end - from) - 1;
                inFrame = false;
                size = 0;
                return;
            }
            reportTooLong(size + (long) (end - from), chunk, from, sink);
            return;
        }
        append(chunk, from, end);
    }

    private void reportTooLong(long length, byte[] chunk, int from, Sink sink) {
        byte[] head = size > 0 ? Arrays.copyOf(buf, Math.min(size, HEX_BYTES_OF_A_LONG_FRAME))
                : Arrays.copyOfRange(chunk, from, Math.min(chunk.length, from + HEX_BYTES_OF_A_LONG_FRAME));
        FrameTooLongException e = new FrameTooLongException(length, maxFrameLength, frameStart, head, 0, head.length);
        overflow = true;
        size = 0;
        sink.error(e);
    }

    private void append(byte[] chunk, int from, int to) {
        int n = to - from;
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(size + n, Math.min(2 * buf.length, maxFrameLength)));
        }
        System.arraycopy(chunk, from, buf, size, n);
        size += n;
    }

    private static int indexOfDelimiter(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == Jt808Frame.DELIMITER) {
                return i;
            }
        }
        return to;
    }

    /** Bytes skipped so far because they were outside any frame (stray delimiters included). */
    public long skippedBytes() {
        return skipped;
    }

    /** Bytes held for an unfinished frame (a lone opening 0x7e is none). */
    public int pendingBytes() {
        return inFrame && !overflow && size > 1 ? size : 0;
    }

    /**
     * Ends the stream: an unfinished frame (more than a stray opening 0x7e) is reported to {@code sink}
     * as a {@link TruncatedFrameException} and dropped. The splitter can be fed again afterwards, as a
     * new stream that goes on counting positions.
     */
    public void finish(Sink sink) {
        if (inFrame && !overflow && tentative) {
            skipped += size - 1;
        } else if (inFrame && !overflow && size > 1) {
            sink.error(new TruncatedFrameException(size, frameStart, buf, 0, size));
        } else if (inFrame && !overflow) {
            skipped += size;
        }
        inFrame = false;
        overflow = false;
        size = 0;
    }

    /** Bytes fed so far. */
    public long position() {
        return position;
    }
}
