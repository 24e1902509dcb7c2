package io.github.jiguan.examples.gateway.wire;

import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Frame;
import io.github.jiguan.telematics.jt808.Jt808FrameView;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.Jt808StreamDecoder;
import io.github.jiguan.telematics.jt808.Jt808StreamSplitter;
import io.github.jiguan.telematics.jt808.SubpackageAssembler;
import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.message.RetransmitRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The codec's receiving side for one connection: the library's {@link Jt808StreamDecoder} (split →
 * decode → reassemble), with the gateway's bounds around it and the bookkeeping for 0x8003 requests.
 * This is the only class of the gateway that touches the codec's stream types.
 *
 * <p>Memory is bounded: a frame longer than {@code maxFrameLength} is refused; each connection has an
 * assembler of its own (a connection cannot touch another terminal's fragments), holding at most
 * {@code maxPendingMessages} messages and {@code maxBytes}; a fragment that claims more than
 * {@code maxFragments} parts makes the connection's incomplete messages be dropped at once; and all
 * connections together hold at most their shared {@link SubpackageBudget}, past which the connection
 * that went over drops its incomplete messages (their terminals send them again when no answer comes).
 *
 * <p>Not thread-safe: one per connection, used from its event loop.
 */
public final class CodecPipeline {

    private static final Jt808Decoder DECODER = Jt808Decoder.of(
            io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry.standard(), DecodeOptions.STRICT);

    /** Receives what the pipeline finds. */
    public interface Sink {
        /** A whole message (one frame, or reassembled from its fragments). */
        void message(Jt808Message message);

        /**
         * A clean 0x0200 location report, offered as the codec's view of its bytes before any message
         * is built (valid only during the call); return true when taken, false to receive it decoded
         * through {@link #message} instead.
         */
        default boolean location(Jt808FrameView view) {
            return false;
        }

        /**
         * A frame that did not decode, bytes the splitter gave up, or a fragment refused; {@code frame} is
         * the frame as received (its part in the last read when it spans reads), {@code phone} the phone
         * of its header when that could be read, else null.
         */
        void failure(Jt808Exception error, byte[] frame, String phone);
    }

    /**
     * The bounds of one connection.
     *
     * @param maxFrameLength the longest frame accepted, delimiters and escapes included
     * @param maxFragments the most fragments a subpackaged message may claim
     * @param maxPendingMessages incomplete subpackaged messages held at once
     * @param maxBytes bytes of incomplete subpackaged messages held
     * @param timeout how long an incomplete message is held
     * @param retransmitAfter how long after its last fragment an incomplete message is asked for with 0x8003
     * @param maxRetransmitRequests how many 0x8003 requests are sent for one message
     */
    public record Limits(int maxFrameLength, int maxFragments, int maxPendingMessages, int maxBytes, Duration timeout,
            Duration retransmitAfter, int maxRetransmitRequests) {

        /** Frames of {@link Jt808StreamSplitter#DEFAULT_MAX_FRAME_LENGTH}, 256 fragments, 4 messages, 256 KiB, 60 s, 0x8003 after 5 s, 3 times. */
        public static Limits defaults() {
            return new Limits(Jt808StreamSplitter.DEFAULT_MAX_FRAME_LENGTH, 256, 4, 256 * 1024, Duration.ofSeconds(60),
                    Duration.ofSeconds(5), 3);
        }
    }

    /** A stalled incomplete message: the 0x8003 request for its missing fragments, and the header to send it to. */
    public record Stalled(Jt808Header peer, RetransmitRequest request) {
    }

    /** An incomplete message: the header of its latest fragment (phone, edition, total) and its 0x8003 requests. */
    private static final class Progress {
        final Jt808Header peer;
        long lastMillis;
        int requests;

        Progress(Jt808Header peer, long now) {
            this.peer = peer;
            this.lastMillis = now;
        }
    }

    private final Jt808StreamDecoder stream;
    private final SubpackageAssembler assembler;
    private final SubpackageBudget budget;
    private final Limits limits;
    private final Clock clock;
    /** By message id: a terminal sends one subpackaged message of an id at a time. */
    private final Map<Integer, Progress> incomplete = new HashMap<>();
    private final Listener listener = new Listener();
    private long held;

    /** A pipeline for one connection, strict (a wrong check code or a bad body is a failure). */
    public CodecPipeline(Limits limits, SubpackageBudget budget, Clock clock) {
        this.limits = limits;
        this.budget = budget;
        this.clock = clock;
        this.assembler = new SubpackageAssembler(limits.maxPendingMessages(), limits.maxBytes(), 1, limits.timeout(),
                clock);
        this.stream = new Jt808StreamDecoder(DECODER, assembler, limits.maxFrameLength());
    }

    /** Feeds {@code bytes[offset, offset + length)}; messages and failures go to {@code sink} in stream order. */
    public void feed(byte[] bytes, int offset, int length, Sink sink) {
        listener.start(bytes, offset, length, stream.position(), sink);
        try {
            stream.feed(bytes, offset, length, listener);
        } finally {
            listener.sink = null;
        }
        if (listener.overClaimed) {
            dropIncomplete();
        }
        account();
        if (held > 0 && !budget.allows(0)) {
            sink.failure(new FragmentRefusedException("the gateway holds " + budget.held() + " bytes of incomplete"
                    + " messages, over its bound of " + budget.maxBytes() + ": this connection's are dropped",
                    new byte[0]), new byte[0], null);
            dropIncomplete();
        }
    }

    private void account() {
        long now = assembler.pendingBytes();
        budget.add(now - held);
        held = now;
    }

    private void dropIncomplete() {
        assembler.drain();
        incomplete.clear();
        account();
    }

    /**
     * The incomplete messages whose last fragment came more than {@code retransmitAfter} ago and that
     * may still be asked for; each call counts as one request. Expired messages are dropped.
     */
    public List<Stalled> stalled() {
        stream.expire(listener);
        account();
        List<Stalled> out = new ArrayList<>();
        long now = clock.millis();
        Iterator<Progress> it = incomplete.values().iterator();
        while (it.hasNext()) {
            Progress p = it.next();
            Optional<SubpackageAssembler.Incomplete> pending = assembler.pending(p.peer.phone(), p.peer.messageId(),
                    p.peer.subpackageTotal());
            if (pending.isEmpty()) {
                it.remove();
            } else if (now - p.lastMillis >= limits.retransmitAfter().toMillis()
                    && p.requests < limits.maxRetransmitRequests()) {
                p.requests++;
                p.lastMillis = now;
                out.add(new Stalled(p.peer, pending.get().toRetransmitRequest()));
            }
        }
        return out;
    }

    /** Whether any subpackaged message is incomplete. */
    public boolean hasIncomplete() {
        return !incomplete.isEmpty();
    }

    /** Drops everything held (the connection closed) and gives its bytes back to the budget. */
    public void release() {
        dropIncomplete();
    }

    /** Bytes of incomplete subpackaged messages held. */
    public long heldBytes() {
        return assembler.pendingBytes();
    }

    /** Hands the stream decoder's findings to the sink of the current call, with the frame bytes of failures. */
    private final class Listener implements Jt808StreamDecoder.Listener {
        Sink sink;
        byte[] chunk;
        int from;
        int to;
        long chunkStart;
        boolean overClaimed;

        void start(byte[] bytes, int offset, int length, long position, Sink s) {
            this.chunk = bytes;
            this.from = offset;
            this.to = offset + length;
            this.chunkStart = position;
            this.sink = s;
            this.overClaimed = false;
        }

        @Override
        public boolean frame(Jt808FrameView view, long streamOffset) {
            return view.isLocationReport() && sink.location(view);
        }

        @Override
        public void message(Jt808Message message, long streamOffset) {
            sink.message(message);
        }

        @Override
        public void fragment(Jt808Message fragment, long streamOffset) {
            Jt808Header h = fragment.header();
            if (h.subpackageTotal() > limits.maxFragments()) {
                overClaimed = true;
                byte[] frame = frameAt(streamOffset);
                sink.failure(new FragmentRefusedException("subpackage total " + h.subpackageTotal()
                        + " exceeds the bound of " + limits.maxFragments() + " fragments per message", frame), frame,
                        h.phoneWithoutPadding());
                return;
            }
            Progress p = incomplete.get(h.messageId());
            long now = clock.millis();
            if (p == null || p.peer.subpackageTotal() != h.subpackageTotal()) {
                incomplete.put(h.messageId(), new Progress(h, now));
            } else {
                p.lastMillis = now;
            }
        }

        @Override
        public void reassembled(Jt808Message message, long streamOffset) {
            incomplete.remove(message.header().messageId());
            sink.message(message);
        }

        @Override
        public void incomplete(SubpackageAssembler.Incomplete given) {
            Progress p = incomplete.get(given.messageId());
            if (p != null && p.peer.subpackageTotal() == given.total()) {
                incomplete.remove(given.messageId());
            }
        }

        @Override
        public void error(Jt808Exception error, long streamOffset) {
            byte[] frame = frameAt(streamOffset);
            sink.failure(error, frame, phoneOf(frame));
        }

        /** The frame around stream offset {@code at}, as far as the current chunk holds it (at most 4 KiB). */
        byte[] frameAt(long at) {
            if (to <= from) {
                return new byte[0];
            }
            int p = (int) Math.max(from, Math.min(to - 1L, at - chunkStart + from));
            int start = p;
            while (start > from && chunk[start] != Jt808Frame.DELIMITER) {
                start--;
            }
            int end = start + 1;
            while (end < to && chunk[end] != Jt808Frame.DELIMITER) {
                end++;
            }
            end = Math.min(to, end + 1);
            return java.util.Arrays.copyOfRange(chunk, start, Math.min(end, start + 4096));
        }
    }

    /** The phone in a frame's header, read leniently, or null when not even that can be read. */
    private static String phoneOf(byte[] frame) {
        try {
            return Jt808Frame.parse(frame, 0, frame.length, DecodeOptions.LENIENT).header().phoneWithoutPadding();
        } catch (Jt808Exception | IllegalArgumentException e) {
            return null;
        }
    }

    /** A fragment the gateway will not hold: too many fragments claimed, or the shared budget is spent. */
    static final class FragmentRefusedException extends Jt808Exception {
        FragmentRefusedException(String message, byte[] wire) {
            super(message, 0, wire, 0, Math.min(wire.length, 32));
        }
    }
}
