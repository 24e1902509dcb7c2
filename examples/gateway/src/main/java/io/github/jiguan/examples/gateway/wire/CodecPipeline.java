package io.github.jiguan.examples.gateway.wire;

import io.github.jiguan.telematics.jt808.DecodeOptions;
import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Exception;
import io.github.jiguan.telematics.jt808.Jt808Frame;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.Jt808StreamSplitter;
import io.github.jiguan.telematics.jt808.SubpackageAssembler;
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
 * The codec's split → decode → reassemble sequence for one connection, behind one small type: bytes
 * in, whole messages and failures out. This is the only class of the gateway that touches the codec's
 * splitter, decoder and assembler, so that moving to the library's own pipeline type is a change here.
 *
 * <p>Memory is bounded: a frame longer than {@code maxFrameLength} is refused, a subpackaged message of
 * more than {@code maxFragments} fragments is refused before anything is kept for it, each connection
 * holds at most {@code maxBytes} of incomplete messages, and all connections together at most their
 * shared {@link SubpackageBudget}.
 *
 * <p>Not thread-safe: one per connection, used from its event loop.
 */
public final class CodecPipeline {

    /** Receives what the pipeline finds. */
    public interface Sink {
        /** A whole message. */
        void message(Jt808Message message);

        /** A frame that did not decode, or bytes the splitter gave up. */
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

    private record Key(int messageId, int total) {
    }

    private static final class Progress {
        final Jt808Header peer;
        long lastMillis;
        int requests;

        Progress(Jt808Header peer, long now) {
            this.peer = peer;
            this.lastMillis = now;
        }
    }

    private final Jt808StreamSplitter splitter;
    private final Jt808Decoder decoder;
    private final SubpackageAssembler assembler;
    private final SubpackageBudget budget;
    private final Limits limits;
    private final Map<Key, Progress> incomplete = new HashMap<>();
    private final Clock clock;

    /** A pipeline for one connection, strict (a wrong check code or a bad body is a failure). */
    public CodecPipeline(Limits limits, SubpackageBudget budget, Clock clock) {
        this.limits = limits;
        this.budget = budget;
        this.clock = clock;
        this.splitter = new Jt808StreamSplitter(limits.maxFrameLength());
        this.decoder = Jt808Decoder.of(io.github.jiguan.telematics.jt808.BodyCodecRegistry.standard(),
                DecodeOptions.STRICT);
        this.assembler = new SubpackageAssembler(limits.maxPendingMessages(), limits.maxBytes(), 1, limits.timeout(),
                clock);
    }

    /** Feeds {@code bytes[offset, offset + length)}; messages and failures go to {@code sink} in stream order. */
    public void feed(byte[] bytes, int offset, int length, Sink sink) {
        splitter.feed(bytes, offset, length, new Jt808StreamSplitter.Sink() {
            @Override
            public void frame(byte[] frame, long streamOffset) {
                onFrame(frame, sink);
            }

            @Override
            public void error(Jt808Exception error) {
                sink.failure(error, new byte[0], null);
            }
        });
    }

    private void onFrame(byte[] wire, Sink sink) {
        Jt808Frame frame;
        try {
            frame = decoder.frame(wire, 0, wire.length);
            if (!frame.header().isSubpackaged()) {
                sink.message(decoder.decode(frame));
                return;
            }
            reassemble(frame, wire, sink);
        } catch (Jt808Exception e) {
            sink.failure(e, wire, phoneOf(wire));
        }
    }

    private void reassemble(Jt808Frame fragment, byte[] wire, Sink sink) {
        Jt808Header h = fragment.header();
        if (h.subpackageTotal() > limits.maxFragments()) {
            throw new FragmentRefusedException("subpackage total " + h.subpackageTotal() + " exceeds the bound of "
                    + limits.maxFragments() + " fragments per message", wire);
        }
        if (!budget.allows(fragment.bodyLength())) {
            throw new FragmentRefusedException("the gateway holds " + budget.held() + " bytes of incomplete messages,"
                    + " its bound of " + budget.maxBytes() + ": fragment refused", wire);
        }
        long before = assembler.pendingBytes();
        Optional<Jt808Frame> whole;
        try {
            whole = assembler.offer(fragment);
        } finally {
            budget.add(assembler.pendingBytes() - before);
        }
        Key key = new Key(h.messageId(), h.subpackageTotal());
        if (whole.isPresent()) {
            incomplete.remove(key);
            sink.message(decoder.decode(whole.get()));
        } else {
            long now = clock.millis();
            incomplete.computeIfAbsent(key, k -> new Progress(h, now)).lastMillis = now;
        }
    }

    /**
     * The incomplete messages whose last fragment came more than {@code retransmitAfter} ago and that
     * may still be asked for; each call counts as one request. Expired messages are dropped.
     */
    public List<Stalled> stalled() {
        List<Stalled> out = new ArrayList<>();
        long now = clock.millis();
        long before = assembler.pendingBytes();
        for (SubpackageAssembler.Incomplete dropped : assembler.expire()) {
            incomplete.remove(new Key(dropped.messageId(), dropped.total()));
        }
        budget.add(assembler.pendingBytes() - before);
        Iterator<Map.Entry<Key, Progress>> it = incomplete.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, Progress> e = it.next();
            Progress p = e.getValue();
            Optional<SubpackageAssembler.Incomplete> held = assembler.pending(p.peer.phone(), e.getKey().messageId(),
                    e.getKey().total());
            if (held.isEmpty()) {
                it.remove();
                continue;
            }
            if (now - p.lastMillis >= limits.retransmitAfter().toMillis() && p.requests < limits.maxRetransmitRequests()) {
                p.requests++;
                p.lastMillis = now;
                out.add(new Stalled(p.peer, held.get().toRetransmitRequest()));
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
        long before = assembler.pendingBytes();
        assembler.drain();
        incomplete.clear();
        budget.add(assembler.pendingBytes() - before);
    }

    /** Bytes held: the unfinished frame and the incomplete subpackaged messages. */
    public long heldBytes() {
        return splitter.pendingBytes() + assembler.pendingBytes();
    }

    /** The phone in a frame's header, read leniently, or null when not even that can be read. */
    private static String phoneOf(byte[] wire) {
        try {
            return Jt808Frame.parse(wire, 0, wire.length, DecodeOptions.LENIENT).header().phoneWithoutPadding();
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
