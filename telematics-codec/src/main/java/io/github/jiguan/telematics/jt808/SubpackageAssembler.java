package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.jt808.codec.SubpackageException;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.RetransmitRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Joins the fragments of subpackaged messages (header bit 13), keyed by terminal phone, message id
 * and total. Fragments may come in any order and more than once (a repeated index is ignored); a
 * fragment whose check code is wrong is refused, never assembled, and stays missing.
 *
 * <p>Memory is bounded by what is actually held. Each message costs {@link #MESSAGE_OVERHEAD} bytes
 * plus, per fragment received, its body, its array header and its slots in the message's index
 * arrays: storage grows with the fragments that arrive, never with the total a fragment claims. These
 * accounted bytes are bounded per terminal ({@code maxBytesPerTerminal}, at most
 * {@code maxPendingPerTerminal} messages) and across all terminals ({@code maxTotalBytes}, at most
 * {@code maxTerminals} terminals); the oldest incomplete message of the terminal, or of the terminal
 * heard from least recently, makes room. An incomplete message expires after {@code timeout}.
 * Messages given up are reported ({@link Incomplete}) with their missing indices, as a list computed
 * on access from the indices received, ready for 0x8003 retransmission requests.
 *
 * <p>Thread-safe: all methods synchronize on the assembler.
 */
public final class SubpackageAssembler {

    /** Accounted bytes of one incomplete message besides its fragments: its record, header, key and map entries. */
    public static final int MESSAGE_OVERHEAD = 256;
    /** Accounted bytes of one terminal with incomplete messages: its record, phone, map and map entry. */
    public static final int TERMINAL_OVERHEAD = 384;
    /** Incomplete messages kept for {@link #expire()} when they were dropped by an {@link #offer(Jt808Frame)} without a callback. */
    private static final int MAX_QUEUED_REPORTS = 10_000;

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
     * @param missing the indices that never arrived, ascending (computed on access, never a list of boxes)
     * @param reason why it was dropped
     */
    public record Incomplete(String phone, int messageId, int total, int firstSerial, List<Integer> missing,
            Reason reason) {

        /** Indices per 0x8003: its count is a BYTE before 2019, and 255 WORDs fit any frame. */
        public static final int MAX_INDICES_PER_REQUEST = 255;

        /** Checks the values; copies a list given by a caller. */
        public Incomplete {
            Objects.requireNonNull(phone, "phone");
            missing = missing instanceof Missing ? missing : List.copyOf(missing);
        }

        /**
         * The 0x8003 body asking the terminal to resend the first {@link #MAX_INDICES_PER_REQUEST} missing
         * fragments (all of them, usually); see {@link #toRetransmitRequests()}.
         */
        public RetransmitRequest toRetransmitRequest() {
            return new RetransmitRequest(firstSerial, missing.subList(0, Math.min(missing.size(), MAX_INDICES_PER_REQUEST)));
        }

        /** The 0x8003 bodies asking for every missing fragment, at most {@link #MAX_INDICES_PER_REQUEST} each. */
        public List<RetransmitRequest> toRetransmitRequests() {
            List<RetransmitRequest> out = new ArrayList<>();
            for (int from = 0; from < missing.size(); from += MAX_INDICES_PER_REQUEST) {
                out.add(new RetransmitRequest(firstSerial,
                        missing.subList(from, Math.min(missing.size(), from + MAX_INDICES_PER_REQUEST))));
            }
            return out;
        }

        @Override
        public String toString() {
            return "Incomplete[" + phone + " " + MessageId.hex(messageId) + " " + missing.size() + " of " + total
                    + " missing" + (missing.size() <= 16 ? " " + missing : "") + " firstSerial=" + firstSerial + " "
                    + reason + "]";
        }
    }

    /** The indices in [1, total] that are not in the sorted {@code received}: the k-th is found by binary search. */
    private static final class Missing extends AbstractList<Integer> {
        private final int total;
        private final int[] received;

        Missing(int total, int[] received) {
            this.total = total;
            this.received = received;
        }

        @Override
        public int size() {
            return total - received.length;
        }

        @Override
        public Integer get(int k) {
            Objects.checkIndex(k, size());
            // received[j] - 1 - j indices are missing before received[j]: find the first j with more than k
            int lo = 0;
            int hi = received.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (received[mid] - 1 - mid > k) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return k + 1 + lo;
        }
    }

    /**
     * Fragments of one message share the terminal, the id and the total. Not the serial of fragment 1:
     * real terminals do not always number fragments consecutively (SmallChi/JT808's 0x0104 capture:
     * 0x04d1, 0x04e2).
     */
    private record Key(int messageId, int total) {
        static Key of(Jt808Header h) {
            return new Key(h.messageId(), h.subpackageTotal());
        }
    }

    /** One incomplete message: its fragments in arrival order, and a hash set of the indices received. */
    private static final class Pending {
        final Jt808Header first;
        final long startedMillis;
        int[] indices = new int[4];
        byte[][] parts = new byte[4][];
        int[] seen = new int[8];
        int count;
        long fragmentBytes;

        Pending(Jt808Header any, long startedMillis) {
            this.first = any;
            this.startedMillis = startedMillis;
        }

        int total() {
            return first.subpackageTotal();
        }

        int firstSerial() {
            return (first.serial() - (first.subpackageIndex() - 1)) & 0xffff;
        }

        /** Bytes accounted: the overhead, the index arrays as allocated, and each fragment with its array header. */
        long accounted() {
            return MESSAGE_OVERHEAD + arrayBytes(4 * indices.length) + arrayBytes(8 * parts.length)
                    + arrayBytes(4 * seen.length) + fragmentBytes;
        }

        boolean has(int index) {
            int mask = seen.length - 1;
            for (int i = mix(index) & mask; seen[i] != 0; i = (i + 1) & mask) {
                if (seen[i] == index) {
                    return true;
                }
            }
            return false;
        }

        void add(int index, byte[] body) {
            if (count == indices.length) {
                indices = Arrays.copyOf(indices, count * 2);
                parts = Arrays.copyOf(parts, count * 2);
            }
            indices[count] = index;
            parts[count] = body;
            count++;
            fragmentBytes += arrayBytes(body.length);
            if (2 * count > seen.length) {
                int[] old = seen;
                seen = new int[old.length * 2];
                for (int v : old) {
                    if (v != 0) {
                        insert(v);
                    }
                }
            }
            insert(index);
        }

        private void insert(int index) {
            int mask = seen.length - 1;
            int i = mix(index) & mask;
            while (seen[i] != 0) {
                i = (i + 1) & mask;
            }
            seen[i] = index;
        }

        private static int mix(int v) {
            return v * 0x9E3779B1 >>> 7;
        }

        int[] receivedSorted() {
            int[] r = Arrays.copyOf(indices, count);
            Arrays.sort(r);
            return r;
        }

        Incomplete report(String phone, Reason reason) {
            return new Incomplete(phone, first.messageId(), total(), firstSerial(), new Missing(total(), receivedSorted()),
                    reason);
        }

        /** The bodies in index order. */
        byte[] body() {
            long[] order = new long[count];
            for (int i = 0; i < count; i++) {
                order[i] = ((long) indices[i] << 32) | i;
            }
            Arrays.sort(order);
            int n = 0;
            for (int i = 0; i < count; i++) {
                n += parts[i].length;
            }
            byte[] body = new byte[n];
            int o = 0;
            for (long k : order) {
                byte[] part = parts[(int) k];
                System.arraycopy(part, 0, body, o, part.length);
                o += part.length;
            }
            return body;
        }
    }

    private static final class Terminal {
        final LinkedHashMap<Key, Pending> pending = new LinkedHashMap<>();
        long bytes = TERMINAL_OVERHEAD;
    }

    private final int maxPendingPerTerminal;
    private final long maxBytesPerTerminal;
    private final int maxTerminals;
    private final long maxTotalBytes;
    private final long timeoutMillis;
    private final Clock clock;
    /** Least recently heard-from terminal first. */
    private final LinkedHashMap<String, Terminal> terminals = new LinkedHashMap<>(16, 0.75f, true);
    private final ArrayDeque<Incomplete> queued = new ArrayDeque<>();
    private long totalBytes;
    private long lostReports;

    /**
     * An assembler with explicit bounds.
     *
     * @param maxPendingPerTerminal incomplete messages kept per terminal (at least 1)
     * @param maxBytesPerTerminal accounted bytes per terminal (at least 1)
     * @param maxTerminals terminals with incomplete messages (at least 1)
     * @param maxTotalBytes accounted bytes across all terminals (at least 1)
     * @param timeout how long an incomplete message is kept
     * @param clock the clock that times it
     */
    public SubpackageAssembler(int maxPendingPerTerminal, long maxBytesPerTerminal, int maxTerminals, long maxTotalBytes,
            Duration timeout, Clock clock) {
        if (maxPendingPerTerminal < 1 || maxBytesPerTerminal < 1 || maxTerminals < 1 || maxTotalBytes < 1) {
            throw new IllegalArgumentException("bounds must be positive: maxPendingPerTerminal=" + maxPendingPerTerminal
                    + " maxBytesPerTerminal=" + maxBytesPerTerminal + " maxTerminals=" + maxTerminals
                    + " maxTotalBytes=" + maxTotalBytes);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.maxPendingPerTerminal = maxPendingPerTerminal;
        this.maxBytesPerTerminal = maxBytesPerTerminal;
        this.maxTerminals = maxTerminals;
        this.maxTotalBytes = maxTotalBytes;
        this.timeoutMillis = timeout.toMillis();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An assembler with a total bound of {@code maxBytesPerTerminal} times {@code maxTerminals}, at most 64 MiB. */
    public SubpackageAssembler(int maxPendingPerTerminal, long maxBytesPerTerminal, int maxTerminals, Duration timeout,
            Clock clock) {
        this(maxPendingPerTerminal, maxBytesPerTerminal, maxTerminals,
                Math.min(64L << 20, Math.multiplyHigh(maxBytesPerTerminal, maxTerminals) != 0 ? Long.MAX_VALUE
                        : maxBytesPerTerminal * maxTerminals), timeout, clock);
    }

    /** Defaults: 8 messages and 1 MiB per terminal, 100,000 terminals, 64 MiB in all, 60 s, the system clock. */
    public static SubpackageAssembler withDefaults() {
        return new SubpackageAssembler(8, 1 << 20, 100_000, 64L << 20, Duration.ofSeconds(60), Clock.systemUTC());
    }

    /**
     * Takes one fragment; the messages given up to make room are kept for {@link #expire()}. See
     * {@link #offer(Jt808Frame, Consumer)}.
     */
    public synchronized Optional<Jt808Frame> offer(Jt808Frame fragment) {
        return offer(fragment, this::queue);
    }

    /**
     * Takes one fragment. Returns the reassembled frame (header without the subpackage fields, serial of
     * fragment 1) when this fragment completes its message; empty otherwise. A duplicate fragment is
     * ignored. The incomplete messages given up to make room (this one included, if it alone exceeds the
     * per-terminal bound) go to {@code dropped} before this method returns; with an assembler shared by
     * several connections they may be another terminal's.
     *
     * @throws SubpackageException if the frame is not a fragment, its index is out of range, its check
     *     code is wrong, or its body alone exceeds the per-terminal byte bound; the assembler is unchanged
     */
    public synchronized Optional<Jt808Frame> offer(Jt808Frame fragment, Consumer<Incomplete> dropped) {
        Jt808Header h = fragment.header();
        check(fragment, h);
        long now = clock.millis();
        String phone = h.phone();
        Terminal t = terminals.get(phone);
        if (t == null) {
            t = new Terminal();
            terminals.put(phone, t);
            totalBytes += t.bytes;
        }
        Key key = Key.of(h);
        Pending p = t.pending.get(key);
        if (p != null && now - p.startedMillis > timeoutMillis) {
            drop(phone, t, key, p, Reason.EXPIRED, dropped);
            p = null;
        }
        if (p == null) {
            p = new Pending(h, now);
            t.pending.put(key, p);
            account(t, p.accounted());
        } else if (p.has(h.subpackageIndex())) {
            return Optional.empty();
        }
        long before = p.accounted();
        p.add(h.subpackageIndex(), fragment.body());
        account(t, p.accounted() - before);
        if (p.count == p.total()) {
            remove(phone, t, key, p);
            return Optional.of(Jt808Frame.of(p.first.withoutSubpackage().withSerial(p.firstSerial()), p.body()));
        }
        makeRoom(phone, t, key, dropped);
        return Optional.empty();
    }

    private void check(Jt808Frame fragment, Jt808Header h) {
        if (!h.isSubpackaged()) {
            throw new SubpackageException("not a subpackage: " + h, null, 0, 0);
        }
        if (h.subpackageTotal() < 1 || h.subpackageIndex() < 1 || h.subpackageIndex() > h.subpackageTotal()) {
            throw new SubpackageException("subpackage index " + h.subpackageIndex() + " out of range [1, "
                    + h.subpackageTotal() + "]: " + h, null, 0, 0);
        }
        if (!fragment.checksumOk()) {
            throw new SubpackageException("fragment with a wrong check code, not assembled (it stays missing): " + h,
                    null, 0, 0);
        }
        if (arrayBytes(fragment.bodyLength()) + MESSAGE_OVERHEAD + TERMINAL_OVERHEAD > Math.min(maxBytesPerTerminal,
                maxTotalBytes)) {
            throw new SubpackageException("fragment of " + fragment.bodyLength() + " bytes exceeds the bound of "
                    + Math.min(maxBytesPerTerminal, maxTotalBytes) + " accounted bytes: " + h, null, 0, 0);
        }
    }

    /** Drops older messages until every bound holds; the message {@code keep} goes last. */
    private void makeRoom(String phone, Terminal t, Key keep, Consumer<Incomplete> dropped) {
        while (t.pending.size() > maxPendingPerTerminal || t.bytes > maxBytesPerTerminal) {
            dropOldest(phone, t, keep, dropped);
        }
        Iterator<Map.Entry<String, Terminal>> lru = terminals.entrySet().iterator();
        while ((totalBytes > maxTotalBytes || terminals.size() > maxTerminals) && lru.hasNext()) {
            Map.Entry<String, Terminal> e = lru.next();
            if (e.getValue() == t) {
                continue;
            }
            while (!e.getValue().pending.isEmpty() && totalBytes > maxTotalBytes) {
                dropOldest(e.getKey(), e.getValue(), null, dropped);
            }
            if (terminals.size() > maxTerminals && !e.getValue().pending.isEmpty()) {
                new ArrayList<>(e.getValue().pending.entrySet()).forEach(
                        p -> drop(e.getKey(), e.getValue(), p.getKey(), p.getValue(), Reason.EVICTED, dropped));
            }
            lru = terminals.entrySet().iterator();
        }
        while (totalBytes > maxTotalBytes && terminals.containsKey(phone)) {
            dropOldest(phone, t, keep, dropped);
        }
    }

    /** Drops the oldest message of {@code t} other than {@code keep}, or {@code keep} when it is the only one. */
    private void dropOldest(String phone, Terminal t, Key keep, Consumer<Incomplete> dropped) {
        Map.Entry<Key, Pending> victim = null;
        for (Map.Entry<Key, Pending> e : t.pending.entrySet()) {
            if (victim == null || !e.getKey().equals(keep)) {
                victim = e;
                if (!e.getKey().equals(keep)) {
                    break;
                }
            }
        }
        drop(phone, t, victim.getKey(), victim.getValue(), Reason.EVICTED, dropped);
    }

    private void drop(String phone, Terminal t, Key key, Pending p, Reason reason, Consumer<Incomplete> dropped) {
        remove(phone, t, key, p);
        dropped.accept(p.report(phone, reason));
    }

    private void remove(String phone, Terminal t, Key key, Pending p) {
        t.pending.remove(key);
        account(t, -p.accounted());
        if (t.pending.isEmpty()) {
            terminals.remove(phone);
            totalBytes -= t.bytes;
        }
    }

    private void account(Terminal t, long delta) {
        t.bytes += delta;
        totalBytes += delta;
    }

    private void queue(Incomplete report) {
        if (queued.size() == MAX_QUEUED_REPORTS) {
            queued.removeFirst();
            lostReports++;
        }
        queued.addLast(report);
    }

    /** Bytes of a byte array of {@code n} elements: a 16-byte header, rounded up to 8. */
    static long arrayBytes(int n) {
        return (16L + n + 7) & ~7L;
    }

    /**
     * Drops the incomplete messages older than the timeout and returns them, with those dropped by
     * {@link #offer(Jt808Frame)} since the last call.
     */
    public synchronized List<Incomplete> expire() {
        long now = clock.millis();
        List<Incomplete> out = new ArrayList<>(queued);
        queued.clear();
        for (Map.Entry<String, Terminal> e : new ArrayList<>(terminals.entrySet())) {
            for (Map.Entry<Key, Pending> p : new ArrayList<>(e.getValue().pending.entrySet())) {
                if (now - p.getValue().startedMillis > timeoutMillis) {
                    drop(e.getKey(), e.getValue(), p.getKey(), p.getValue(), Reason.EXPIRED, out::add);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Drops every incomplete message held and returns them (reason {@link Reason#DRAINED}), with those
     * expired or dropped since the last call; for the end of a capture.
     */
    public synchronized List<Incomplete> drain() {
        List<Incomplete> out = new ArrayList<>(expire());
        for (String phone : new ArrayList<>(terminals.keySet())) {
            out.addAll(drain(phone));
        }
        return List.copyOf(out);
    }

    /**
     * Drops the incomplete messages of terminal {@code phone} and returns them (reason
     * {@link Reason#DRAINED}); for a closed connection.
     */
    public synchronized List<Incomplete> drain(String phone) {
        Terminal t = terminals.get(phone);
        if (t == null) {
            return List.of();
        }
        List<Incomplete> out = new ArrayList<>();
        for (Map.Entry<Key, Pending> p : new ArrayList<>(t.pending.entrySet())) {
            drop(phone, t, p.getKey(), p.getValue(), Reason.DRAINED, out::add);
        }
        return List.copyOf(out);
    }

    /** The missing indices of an incomplete message of that terminal, id and total (reason null). */
    public synchronized Optional<Incomplete> pending(String phone, int messageId, int total) {
        Terminal t = terminals.get(phone);
        Pending p = t == null ? null : t.pending.get(new Key(messageId, total));
        return p == null ? Optional.empty() : Optional.of(p.report(phone, null));
    }

    /** The number of incomplete messages held. */
    public synchronized int pendingMessages() {
        return terminals.values().stream().mapToInt(t -> t.pending.size()).sum();
    }

    /** The body bytes of the fragments held. */
    public synchronized long pendingBytes() {
        long n = 0;
        for (Terminal t : terminals.values()) {
            for (Pending p : t.pending.values()) {
                for (int i = 0; i < p.count; i++) {
                    n += p.parts[i].length;
                }
            }
        }
        return n;
    }

    /** The bytes accounted against the bounds: fragments with their overheads, messages and terminals. */
    public synchronized long accountedBytes() {
        return totalBytes;
    }

    /** Reports dropped because nobody called {@link #expire()} while {@value #MAX_QUEUED_REPORTS} were queued. */
    public synchronized long lostReports() {
        return lostReports;
    }

    /**
     * What the assembler holds, walked object by object and sized as a 64-bit JVM lays it out (8-byte
     * references, 16-byte array headers): for tests that the accounting bounds the real retention.
     */
    synchronized long retainedBytesByWalk() {
        long n = 0;
        for (Map.Entry<String, Terminal> e : terminals.entrySet()) {
            // the slot and entry in the terminals map, the phone String and its bytes, Terminal, its map and table
            n += 16 + 56 + 24 + arrayBytes(2 * e.getKey().length()) + 32 + 64 + arrayBytes(8 * 16);
            for (Pending p : e.getValue().pending.values()) {
                n += 56 + 24 + 64 + 56; // map entry, key, Pending, header
                n += arrayBytes(4 * p.indices.length) + arrayBytes(8 * p.parts.length) + arrayBytes(4 * p.seen.length);
                for (int i = 0; i < p.count; i++) {
                    n += arrayBytes(p.parts[i].length);
                }
            }
        }
        return n;
    }
}
