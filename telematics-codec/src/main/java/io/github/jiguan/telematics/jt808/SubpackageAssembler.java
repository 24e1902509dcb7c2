package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.jt808.codec.SubpackageException;
import io.github.jiguan.telematics.jt808.message.RetransmitRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Joins the fragments of subpackaged messages (header bit 13), keyed by terminal phone, message id
 * and total. Fragments may come in any order and more than once (a repeated index is ignored). Memory is bounded: at most
 * {@code maxPendingPerTerminal} incomplete messages and {@code maxBytesPerTerminal} buffered bytes per
 * terminal, and at most {@code maxTerminals} terminals; the oldest incomplete message makes room.
 * An incomplete message expires after {@code timeout}. Expired and evicted messages are reported by
 * {@link #expire()} with their missing indices, ready for a 0x8003 retransmission request.
 *
 * <p>Thread-safe: all methods synchronize on the assembler.
 */
public final class SubpackageAssembler {

    /** Why an incomplete message was dropped. */
    public enum Reason {
        /** Older than the timeout. */
        EXPIRED,
        /** Made room for newer fragments under the memory bounds. */
        EVICTED,
        /** Given up by the caller ({@link #drain()}), such as at the end of a capture. */
        DRAINED
    }

    /**
     * A message that was dropped before it was complete.
     *
     * @param phone the terminal phone, as sent
     * @param messageId the message id
     * @param total the number of fragments
     * @param firstSerial the serial number of fragment 1 (computed from any fragment's serial and index)
     * @param missing the indices that never arrived, ascending
     * @param reason why it was dropped
     */
    public record Incomplete(String phone, int messageId, int total, int firstSerial, List<Integer> missing,
            Reason reason) {

        /** Copies the list. */
        public Incomplete {
            missing = List.copyOf(missing);
        }

        /** The 0x8003 body asking the terminal to resend the missing fragments. */
        public RetransmitRequest toRetransmitRequest() {
            return new RetransmitRequest(firstSerial, missing);
        }
    }

    /**
     * Fragments of one message share the id and the total. Not the serial of fragment 1: real terminals
     * do not always number fragments consecutively (SmallChi/JT808's 0x0104 capture: 0x04d1, 0x04e2).
     */
    private record Key(int messageId, int total) {
        static Key of(Jt808Header h) {
            return new Key(h.messageId(), h.subpackageTotal());
        }
    }

    private static final class Pending {
        final Jt808Header first;
        final byte[][] parts;
        final Instant started;
        boolean allVerified = true;
        int received;
        long bytes;

        Pending(Jt808Header any, Instant started) {
            this.first = any;
            this.parts = new byte[any.subpackageTotal()][];
            this.started = started;
        }

        int firstSerial() {
            return (first.serial() - (first.subpackageIndex() - 1)) & 0xffff;
        }

        List<Integer> missing() {
            List<Integer> m = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] == null) {
                    m.add(i + 1);
                }
            }
            return m;
        }
    }

    private static final class Terminal {
        final LinkedHashMap<Key, Pending> pending = new LinkedHashMap<>();
        long bytes;
    }

    private final int maxPendingPerTerminal;
    private final long maxBytesPerTerminal;
    private final int maxTerminals;
    private final Duration timeout;
    private final Clock clock;
    private final LinkedHashMap<String, Terminal> terminals = new LinkedHashMap<>(16, 0.75f, true);
    private final List<Incomplete> dropped = new ArrayList<>();

    /**
     * An assembler with explicit bounds.
     *
     * @param maxPendingPerTerminal incomplete messages kept per terminal (at least 1)
     * @param maxBytesPerTerminal buffered body bytes per terminal (at least 1)
     * @param maxTerminals terminals with incomplete messages (at least 1)
     * @param timeout how long an incomplete message is kept
     * @param clock the clock that times it
     */
    public SubpackageAssembler(int maxPendingPerTerminal, long maxBytesPerTerminal, int maxTerminals, Duration timeout,
            Clock clock) {
        if (maxPendingPerTerminal < 1 || maxBytesPerTerminal < 1 || maxTerminals < 1) {
            throw new IllegalArgumentException("bounds must be positive: maxPendingPerTerminal=" + maxPendingPerTerminal
                    + " maxBytesPerTerminal=" + maxBytesPerTerminal + " maxTerminals=" + maxTerminals);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.maxPendingPerTerminal = maxPendingPerTerminal;
        this.maxBytesPerTerminal = maxBytesPerTerminal;
        this.maxTerminals = maxTerminals;
        this.timeout = timeout;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Defaults: 8 messages and 1 MiB per terminal, 100,000 terminals, 60 s, the system clock. */
    public static SubpackageAssembler withDefaults() {
        return new SubpackageAssembler(8, 1 << 20, 100_000, Duration.ofSeconds(60), Clock.systemUTC());
    }

    /**
     * Takes one fragment. Returns the reassembled frame (header without the subpackage fields, serial of
     * fragment 1, check code marked verified only if every fragment's was) when this fragment completes
     * its message; empty otherwise. A duplicate fragment is ignored.
     *
     * @throws SubpackageException if the frame is not a fragment, its index is out of range, or its body
     *     alone exceeds the per-terminal byte bound
     */
    public synchronized Optional<Jt808Frame> offer(Jt808Frame fragment) {
        Jt808Header h = fragment.header();
        check(fragment, h);
        Instant now = clock.instant();
        String phone = h.phone();
        Terminal t = terminal(phone);
        Key key = Key.of(h);
        Pending p = t.pending.get(key);
        if (p != null && now.isAfter(p.started.plus(timeout))) {
            drop(phone, t, key, p, Reason.EXPIRED);
            p = null;
        }
        if (p == null) {
            makeRoom(phone, t, 1, fragment.bodyLength());
            p = new Pending(h, now);
            t.pending.put(key, p);
        } else if (p.parts[h.subpackageIndex() - 1] != null) {
            return Optional.empty();
        } else {
            makeRoomKeeping(phone, t, key, fragment.bodyLength());
        }
        p.parts[h.subpackageIndex() - 1] = fragment.body();
        p.received++;
        p.bytes += fragment.bodyLength();
        p.allVerified &= fragment.checksumOk();
        t.bytes += fragment.bodyLength();
        if (p.received < p.parts.length) {
            return Optional.empty();
        }
        t.pending.remove(key);
        t.bytes -= p.bytes;
        if (t.pending.isEmpty()) {
            terminals.remove(phone);
        }
        return Optional.of(assemble(p));
    }

    private void check(Jt808Frame fragment, Jt808Header h) {
        if (!h.isSubpackaged()) {
            throw new SubpackageException("not a subpackage: " + h, null, 0, 0);
        }
        if (h.subpackageTotal() < 1 || h.subpackageIndex() < 1 || h.subpackageIndex() > h.subpackageTotal()) {
            throw new SubpackageException("subpackage index " + h.subpackageIndex() + " out of range [1, "
                    + h.subpackageTotal() + "]: " + h, null, 0, 0);
        }
        if (fragment.bodyLength() > maxBytesPerTerminal) {
            throw new SubpackageException("fragment of " + fragment.bodyLength() + " bytes exceeds the bound of "
                    + maxBytesPerTerminal + " bytes per terminal: " + h, null, 0, 0);
        }
    }

    private Terminal terminal(String phone) {
        Terminal t = terminals.get(phone);
        if (t == null) {
            if (terminals.size() >= maxTerminals) {
                Iterator<Map.Entry<String, Terminal>> eldest = terminals.entrySet().iterator();
                Map.Entry<String, Terminal> e = eldest.next();
                new ArrayList<>(e.getValue().pending.entrySet())
                        .forEach(p -> record(e.getKey(), p.getValue(), Reason.EVICTED));
                eldest.remove();
            }
            t = new Terminal();
            terminals.put(phone, t);
        }
        return t;
    }

    private void makeRoom(String phone, Terminal t, int newMessages, long newBytes) {
        while (!t.pending.isEmpty()
                && (t.pending.size() + newMessages > maxPendingPerTerminal || t.bytes + newBytes > maxBytesPerTerminal)) {
            Map.Entry<Key, Pending> oldest = t.pending.entrySet().iterator().next();
            drop(phone, t, oldest.getKey(), oldest.getValue(), Reason.EVICTED);
        }
    }

    private void makeRoomKeeping(String phone, Terminal t, Key keep, long newBytes) {
        Iterator<Map.Entry<Key, Pending>> it = t.pending.entrySet().iterator();
        while (t.bytes + newBytes > maxBytesPerTerminal && it.hasNext()) {
            Map.Entry<Key, Pending> e = it.next();
            if (!e.getKey().equals(keep)) {
                it.remove();
                t.bytes -= e.getValue().bytes;
                record(phone, e.getValue(), Reason.EVICTED);
            }
        }
        if (t.bytes + newBytes > maxBytesPerTerminal) {
            Pending p = t.pending.remove(keep);
            t.bytes -= p.bytes;
            record(phone, p, Reason.EVICTED);
            t.pending.put(keep, new Pending(p.first, clock.instant()));
        }
    }

    private void drop(String phone, Terminal t, Key key, Pending p, Reason reason) {
        t.pending.remove(key);
        t.bytes -= p.bytes;
        record(phone, p, reason);
    }

    private void record(String phone, Pending p, Reason reason) {
        dropped.add(new Incomplete(phone, p.first.messageId(), p.parts.length, p.firstSerial(), p.missing(), reason));
    }

    private static Jt808Frame assemble(Pending p) {
        int n = 0;
        for (byte[] part : p.parts) {
            n += part.length;
        }
        byte[] body = new byte[n];
        int o = 0;
        for (byte[] part : p.parts) {
            System.arraycopy(part, 0, body, o, part.length);
            o += part.length;
        }
        Jt808Header header = p.first.withoutSubpackage().withSerial(p.firstSerial());
        return Jt808Frame.of(header, body, p.allVerified);
    }

    /**
     * Drops the incomplete messages older than the timeout and returns them, with those evicted since
     * the last call.
     */
    public synchronized List<Incomplete> expire() {
        Instant now = clock.instant();
        Iterator<Map.Entry<String, Terminal>> terminalsIt = terminals.entrySet().iterator();
        while (terminalsIt.hasNext()) {
            Map.Entry<String, Terminal> e = terminalsIt.next();
            Terminal t = e.getValue();
            Iterator<Map.Entry<Key, Pending>> it = t.pending.entrySet().iterator();
            while (it.hasNext()) {
                Pending p = it.next().getValue();
                if (now.isAfter(p.started.plus(timeout))) {
                    it.remove();
                    t.bytes -= p.bytes;
                    record(e.getKey(), p, Reason.EXPIRED);
                }
            }
            if (t.pending.isEmpty()) {
                terminalsIt.remove();
            }
        }
        List<Incomplete> out = List.copyOf(dropped);
        dropped.clear();
        return out;
    }

    /**
     * Drops every incomplete message held and returns them (reason {@link Reason#DRAINED}), with those
     * expired or evicted since the last call; for the end of a capture or a closed connection.
     */
    public synchronized List<Incomplete> drain() {
        List<Incomplete> out = new ArrayList<>(expire());
        terminals.forEach((phone, t) -> t.pending.values().forEach(p -> out.add(new Incomplete(phone,
                p.first.messageId(), p.parts.length, p.firstSerial(), p.missing(), Reason.DRAINED))));
        terminals.clear();
        return List.copyOf(out);
    }

    /**
     * Drops the incomplete messages of terminal {@code phone} and returns them (reason
     * {@link Reason#DRAINED}); for a closed connection.
     */
    public synchronized List<Incomplete> drain(String phone) {
        Terminal t = terminals.remove(phone);
        if (t == null) {
            return List.of();
        }
        List<Incomplete> out = new ArrayList<>();
        t.pending.values().forEach(p -> out.add(new Incomplete(phone, p.first.messageId(), p.parts.length,
                p.firstSerial(), p.missing(), Reason.DRAINED)));
        return List.copyOf(out);
    }

    /** The missing indices of an incomplete message of that terminal, id and total (the oldest, if several). */
    public synchronized Optional<Incomplete> pending(String phone, int messageId, int total) {
        Terminal t = terminals.get(phone);
        if (t == null) {
            return Optional.empty();
        }
        return t.pending.entrySet().stream()
                .filter(e -> e.getKey().messageId() == messageId && e.getKey().total() == total)
                .map(e -> new Incomplete(phone, messageId, total, e.getValue().firstSerial(), e.getValue().missing(), null))
                .findFirst();
    }

    /** The number of incomplete messages held. */
    public synchronized int pendingMessages() {
        return terminals.values().stream().mapToInt(t -> t.pending.size()).sum();
    }

    /** The number of body bytes held. */
    public synchronized long pendingBytes() {
        return terminals.values().stream().mapToLong(t -> t.bytes).sum();
    }
}
