package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.codec.SubpackageException;
import io.github.jiguan.telematics.jt808.message.RawBody;
import java.nio.ByteBuffer;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The receiving side of one JT/T 808 connection: split → decode → reassemble in one push-based type.
 * Feed it the bytes of a TCP stream as they arrive, in any chunking; it hands each decoded message,
 * each fragment of a subpackaged message and, once all fragments are in, the reassembled message to a
 * {@link Listener}, together with every error and every subpackaged message given up (its missing
 * indices, for a 0x8003 retransmission request). A bad frame is reported with the stream offset of
 * its offending bytes and decoding goes on with the next frame.
 *
 * <p>Memory is bounded: the splitter holds at most one unfinished frame (the maximum frame length),
 * the assembler is bounded by its own limits, and a frame that lies whole in a chunk is decoded in
 * place, without a copy. The type uses no network library, so that a Netty {@code ByteToMessageDecoder}
 * can wrap it ({@code feed(in.nioBuffer(), listener); in.skipBytes(in.readableBytes())}) as can a plain
 * socket loop or a file reader.
 *
 * <p>One per connection; not thread-safe. The {@link Jt808Decoder} and the {@link SubpackageAssembler}
 * may be shared by many connections (both are thread-safe); a shared assembler bounds the memory of
 * all terminals together.
 */
public final class Jt808StreamDecoder {

    /**
     * Receives what a {@link Jt808StreamDecoder} finds, during the call that fed it. Stream offsets
     * count bytes from the first byte fed; for {@link Jt808StreamDecoder#frame} they count from the
     * frame's first byte.
     */
    public interface Listener {

        /** A message that came in one frame, with the stream offset of its opening 0x7e. */
        void message(Jt808Message message, long streamOffset);

        /**
         * One fragment of a subpackaged message as it came (its body raw); it also goes to the assembler.
         * When the assembler refuses it (a wrong check code, an index out of range, too long), its
         * {@link Jt808Message#bodyError()} says why, and it is not reported to {@link #error} as well: one
         * frame, one event. By default fragments are not reported, and the refusal goes to {@link #error}.
         */
        default void fragment(Jt808Message fragment, long streamOffset) {
            if (fragment.bodyError() != null) {
                error(fragment.bodyError(), streamOffset);
            }
        }

        /**
         * A message reassembled from its fragments, with the stream offset of the fragment that completed
         * it; by default handed to {@link #message}.
         */
        default void reassembled(Jt808Message message, long streamOffset) {
            message(message, streamOffset);
        }

        /**
         * A subpackaged message given up before all its fragments arrived (expired, evicted under the
         * memory bounds, or left at the end of the stream), with the indices still missing; its
         * {@link SubpackageAssembler.Incomplete#toRetransmitRequest()} is the 0x8003 to send. By default
         * ignored.
         */
        default void incomplete(SubpackageAssembler.Incomplete incomplete) {
        }

        /**
         * A frame that could not be decoded, bytes the splitter gave up, or a fragment the assembler
         * refused. {@code streamOffset} is where the offending bytes start in the stream (on the wire,
         * escapes counted); {@code error.hex()} shows them and {@code error.offset()} gives their offset in
         * the de-escaped frame.
         */
        void error(Jt808Exception error, long streamOffset);
    }

    private final Jt808Decoder decoder;
    private final SubpackageAssembler assembler;
    private final Jt808StreamSplitter splitter;
    /** The terminals that sent fragments on this stream, whose leftovers {@link #finish} gives up. */
    private final Set<String> phones = new LinkedHashSet<>();
    private final FrameSink sink = new FrameSink();
    private byte[] copyBuffer;

    /** A stream decoder with {@code decoder}, {@code assembler} and the default maximum frame length. */
    public Jt808StreamDecoder(Jt808Decoder decoder, SubpackageAssembler assembler) {
        this(decoder, assembler, Jt808StreamSplitter.DEFAULT_MAX_FRAME_LENGTH);
    }

    /** A stream decoder that gives up frames longer than {@code maxFrameLength} bytes (at least 15). */
    public Jt808StreamDecoder(Jt808Decoder decoder, SubpackageAssembler assembler, int maxFrameLength) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.assembler = Objects.requireNonNull(assembler, "assembler");
        this.splitter = new Jt808StreamSplitter(maxFrameLength);
    }

    /** A lenient stream decoder of the standard message table with an assembler of its own. */
    public static Jt808StreamDecoder lenient() {
        return new Jt808StreamDecoder(Jt808Decoder.lenient(), SubpackageAssembler.withDefaults());
    }

    /** A strict stream decoder of the standard message table with an assembler of its own. */
    public static Jt808StreamDecoder strict() {
        return new Jt808StreamDecoder(Jt808Decoder.strict(), SubpackageAssembler.withDefaults());
    }

    /** Feeds {@code chunk[offset, offset + length)}, the next bytes of the stream. */
    public void feed(byte[] chunk, int offset, int length, Listener listener) {
        sink.listener = Objects.requireNonNull(listener, "listener");
        try {
            splitter.feed(chunk, offset, length, sink);
        } finally {
            sink.listener = null;
        }
    }

    /** Feeds the next bytes of the stream. */
    public void feed(byte[] chunk, Listener listener) {
        feed(chunk, 0, chunk.length, listener);
    }

    /** Feeds the remaining bytes of {@code chunk} (heap or direct) and moves its position to its limit. */
    public void feed(ByteBuffer chunk, Listener listener) {
        if (chunk.hasArray()) {
            feed(chunk.array(), chunk.arrayOffset() + chunk.position(), chunk.remaining(), listener);
            chunk.position(chunk.limit());
            return;
        }
        if (copyBuffer == null) {
            copyBuffer = new byte[8192];
        }
        while (chunk.hasRemaining()) {
            int n = Math.min(copyBuffer.length, chunk.remaining());
            chunk.get(copyBuffer, 0, n);
            feed(copyBuffer, 0, n, listener);
        }
    }

    /**
     * Decodes one frame that is already cut out, 0x7e to 0x7e (a line of a hex capture, a datagram),
     * without touching the stream state; offsets count from the frame's first byte. A fragment goes to
     * the assembler like one from the stream.
     */
    public void frame(byte[] frame, int offset, int length, Listener listener) {
        Objects.requireNonNull(listener, "listener");
        decodeFrame(frame, offset, length, 0, listener);
    }

    /**
     * Reports the subpackaged messages the assembler gave up since the last call: those that timed out,
     * and those other users of a shared assembler dropped without a callback. (The messages this stream
     * decoder's fragments push out are reported at once, during {@link #feed}.)
     */
    public void expire(Listener listener) {
        assembler.expire().forEach(listener::incomplete);
    }

    /**
     * Ends the stream: an unfinished frame is reported as a
     * {@link io.github.jiguan.telematics.jt808.codec.TruncatedFrameException}, the messages given up are
     * reported as by {@link #expire}, and the incomplete messages of the terminals that sent fragments on
     * this stream are given up and reported.
     */
    public void finish(Listener listener) {
        sink.listener = Objects.requireNonNull(listener, "listener");
        try {
            splitter.finish(sink);
        } finally {
            sink.listener = null;
        }
        expire(listener);
        for (String phone : phones) {
            assembler.drain(phone).forEach(listener::incomplete);
        }
        phones.clear();
    }

    /** Bytes fed so far. */
    public long position() {
        return splitter.position();
    }

    /** Bytes skipped so far because they were outside any frame. */
    public long skippedBytes() {
        return splitter.skippedBytes();
    }

    private void decodeFrame(byte[] bytes, int offset, int length, long streamOffset, Listener listener) {
        Jt808Message m;
        try {
            m = decoder.decode(bytes, offset, length);
        } catch (Jt808Exception e) {
            listener.error(e, streamOffset + Jt808Frame.wireOffset(bytes, offset, length, e.offset()));
            return;
        }
        if (!m.header().isSubpackaged()) {
            listener.message(m, streamOffset);
            return;
        }
        Optional<Jt808Frame> whole;
        try {
            whole = assembler.offer(Jt808Frame.of(m.header(), ((RawBody) m.body()).bytes().toByteArray(),
                    m.checksumOk()), listener::incomplete);
            phones.add(m.header().phone());
        } catch (SubpackageException e) {
            listener.fragment(m.withBodyError(e), streamOffset);
            return;
        }
        listener.fragment(m, streamOffset);
        if (whole.isPresent()) {
            try {
                listener.reassembled(decoder.decode(whole.get()), streamOffset);
            } catch (Jt808Exception e) {
                listener.error(e, streamOffset);
            }
        }
    }

    /** Hands the splitter's frames to the decoder and its errors to the listener of the current call. */
    private final class FrameSink implements Jt808StreamSplitter.Sink {
        Listener listener;

        @Override
        public void frame(byte[] bytes, int offset, int length, long streamOffset) {
            decodeFrame(bytes, offset, length, streamOffset, listener);
        }

        @Override
        public void error(Jt808Exception error) {
            listener.error(error, error.offset());
        }
    }
}
