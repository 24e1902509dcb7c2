package io.github.jiguan.examples.gateway.location;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few location reports of one connection, by their exact key (time and report hash), so
 * that a retransmission (the terminal's acknowledgement was slow or lost) does not reach the database
 * again: one already committed is acknowledged at once, one still being stored is acknowledged when its
 * first copy commits. Terminals retransmit within their window of unacknowledged messages, so a short
 * ring ({@value #SIZE} reports, about 600 bytes) catches them; older ones fall to the database's key.
 *
 * <p>Not thread-safe: used on the connection's event loop only.
 */
final class RecentReports {

    static final int SIZE = 32;
    private static final AttributeKey<RecentReports> KEY = AttributeKey.valueOf(RecentReports.class, "recent");

    private final long[] times = new long[SIZE];
    private final long[] hashes = new long[SIZE];
    private final boolean[] committed = new boolean[SIZE];
    private final boolean[] used = new boolean[SIZE];
    private Map<Integer, List<Runnable>> waiting;
    private int next;

    static RecentReports of(Channel ch) {
        RecentReports r = ch.attr(KEY).get();
        if (r == null) {
            r = new RecentReports();
            ch.attr(KEY).set(r);
        }
        return r;
    }

    /** The slot of the report with this key, or -1. */
    int find(long time, long hash) {
        for (int i = 0; i < SIZE; i++) {
            if (used[i] && times[i] == time && hashes[i] == hash) {
                return i;
            }
        }
        return -1;
    }

    boolean isCommitted(int slot) {
        return committed[slot];
    }

    /** Remembers a report being stored; returns its slot. */
    int add(long time, long hash) {
        int slot = next;
        next = (next + 1) % SIZE;
        release(slot);
        times[slot] = time;
        hashes[slot] = hash;
        committed[slot] = false;
        used[slot] = true;
        return slot;
    }

    /** Runs {@code ack} once the report in {@code slot} (still being stored) is committed. */
    void whenCommitted(int slot, Runnable ack) {
        if (waiting == null) {
            waiting = new HashMap<>();
        }
        waiting.computeIfAbsent(slot, k -> new ArrayList<>()).add(ack);
    }

    /** The report with this key committed: runs what waited for it. */
    void committed(long time, long hash) {
        int slot = find(time, hash);
        if (slot < 0) {
            return;
        }
        committed[slot] = true;
        List<Runnable> acks = waiting == null ? null : waiting.remove(slot);
        if (acks != null) {
            acks.forEach(Runnable::run);
        }
    }

    /** The report with this key will not be stored (refused): what waited for it is dropped with it. */
    void forget(long time, long hash) {
        int slot = find(time, hash);
        if (slot >= 0) {
            release(slot);
        }
    }

    private void release(int slot) {
        used[slot] = false;
        if (waiting != null) {
            waiting.remove(slot);
        }
    }
}
