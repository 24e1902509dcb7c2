package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.internal.Bits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a TCP byte stream into JT/T 808 frames, whatever the chunking: several frames in one read, a
 * frame over many reads, bytes outside frames (skipped and counted), a stray 0x7e (a {@code 7e 7e}
 * pair starts the frame at the second one) and frames over the maximum length (reported as a
 * {@link FrameTooLongException}, then skipped to the next 0x7e). Each frame is handed over with its
 * delimiters and still escaped, ready for {@link Jt808Decoder}.
 *
 * <p>One splitter per connection; not thread-safe.
 */
public final class Jt808StreamSplitter {

    /** Receives what the splitter finds. */
    public interface Sink {
        /** A complete frame, delimiters included, starting at {@code streamOffset} in the stream. */
        void frame(byte[] frame, long streamOffset);

        /** A frame given up (too long); the stream carries on. */
        void error(Jt808Exception error);
    }

    /** The default maximum: a 2019 subpackage header, 1023 body bytes and the check code, all escaped, and the delimiters. */
    public static final int DEFAULT_MAX_FRAME_LENGTH = 2 * (21 + Jt808Frame.MAX_BODY_LENGTH + 1) + 2;

    private final int maxFrameLength;
    private byte[] buf = new byte[256];
    private int size;
    private boolean inFrame;
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

    /** Feeds a chunk and returns the frames it completes; errors are kept for {@link #drainErrors()}. */
    public List<byte[]> feed(byte[] chunk) {
        List<byte[]> frames = new ArrayList<>();
        feed(chunk, 0, chunk.length, new Sink() {
            @Override
            public void frame(byte[] frame, long streamOffset) {
                frames.add(frame);
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
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (!inFrame) {
                int d = indexOfDelimiter(chunk, i, end);
                skipped += d - i;
                position += d - i;
                if (d == end) {
                    return;
                }
                startFrame(chunk[d]);
                i = d + 1;
                continue;
            }
            int d = indexOfDelimiter(chunk, i, end);
            append(chunk, i, d - i, sink);
            position += d - i;
            if (d == end) {
                return;
            }
            closeOrRestart(sink);
            i = d + 1;
        }
    }

    private void startFrame(byte delimiter) {
        inFrame = true;
        overflow = false;
        size = 0;
        buf[size++] = delimiter;
        frameStart = position;
        position++;
    }

    private void closeOrRestart(Jt808StreamSplitter.Sink sink) {
        if (overflow) {
            // the delimiter after an over-long frame: it may close it or open the next one
            startFrame((byte) Jt808Frame.DELIMITER);
            return;
        }
        if (size == 1) {
            // 7e 7e: the first was a stray delimiter or an end we never saw the start of
            skipped++;
            startFrame((byte) Jt808Frame.DELIMITER);
            return;
        }
        ensure(size + 1);
        buf[size++] = (byte) Jt808Frame.DELIMITER;
        position++;
        inFrame = false;
        sink.frame(Arrays.copyOf(buf, size), frameStart);
        size = 0;
    }

    private void append(byte[] chunk, int from, int n, Sink sink) {
        if (overflow || n == 0) {
            return;
        }
        if (size + n + 1 > maxFrameLength) {
            overflow = true;
            sink.error(new FrameTooLongException(size + n, maxFrameLength, frameStart, buf, 0, Math.min(size, 32)));
            size = 0;
            return;
        }
        ensure(size + n);
        System.arraycopy(chunk, from, buf, size, n);
        size += n;
    }

    private void ensure(int n) {
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
        }
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

    /** Bytes held for an unfinished frame. */
    public int pendingBytes() {
        return inFrame && !overflow ? size : 0;
    }

    /** Bytes fed so far. */
    public long position() {
        return position;
    }
}
