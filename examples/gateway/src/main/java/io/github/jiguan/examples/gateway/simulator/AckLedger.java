package io.github.jiguan.examples.gateway.simulator;

import java.util.Arrays;

/**
 * The locations a terminal had acknowledged, as 64-bit keys of (terminal, time, report hash): what
 * the simulation checks the database against. Not thread-safe: one per terminal, on its event loop;
 * merged at the end.
 */
final class AckLedger {

    private long[] keys = new long[64];
    private int size;

    /** The key of a location: a mix of the phone, the fix time and the report's hash. */
    static long key(String phone, long timeMillis, long reportHash) {
        long h = reportHash;
        h = h * 0x9E3779B97F4A7C15L + timeMillis;
        h = h * 0x9E3779B97F4A7C15L + phone.hashCode();
        h ^= h >>> 31;
        return h * 0xBF58476D1CE4E5B9L;
    }

    void add(long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = key;
    }

    int size() {
        return size;
    }

    /** The keys of all {@code ledgers}, sorted, each once. */
    static long[] merge(Iterable<AckLedger> ledgers) {
        int n = 0;
        for (AckLedger l : ledgers) {
            n += l.size;
        }
        long[] all = new long[n];
        int o = 0;
        for (AckLedger l : ledgers) {
            System.arraycopy(l.keys, 0, all, o, l.size);
            o += l.size;
        }
        return distinctSorted(all);
    }

    static long[] distinctSorted(long[] keys) {
        long[] a = keys.clone();
        Arrays.parallelSort(a);
        int w = 0;
        for (int i = 0; i < a.length; i++) {
            if (w == 0 || a[i] != a[w - 1]) {
                a[w++] = a[i];
            }
        }
        return Arrays.copyOf(a, w);
    }
}
