package io.github.jiguan.examples.gateway.simulator;

import io.github.jiguan.core.track.Acc;
import java.util.Arrays;

/**
 * The fixes of a simulated fleet as columns, and the order they are sent in: by the time a terminal
 * sends each (its own time, or for a blind-area re-upload the time the link came back). About 50
 * bytes per fix and no object each, so a day of fifteen thousand vehicles fits. Filled by one thread,
 * then read-only.
 */
final class PlannedFixes {

    private int size;
    private int[] vehicle = new int[1024];
    private long[] time = new long[1024];
    private double[] lat = new double[1024];
    private double[] lon = new double[1024];
    private float[] speed = new float[1024];
    private short[] heading = new short[1024];
    private byte[] flags = new byte[1024];
    private long[] received = new long[1024];
    private int[] order;

    private static final int ACC_ON = 1;
    private static final int VALID = 2;
    private static final int BLIND = 4;

    void add(int v, long t, double la, double lo, double kmh, int dir, Acc acc, boolean valid, long receivedAt,
            boolean blind) {
        if (size == time.length) {
            grow();
        }
        vehicle[size] = v;
        time[size] = t;
        lat[size] = la;
        lon[size] = lo;
        speed[size] = (float) kmh;
        heading[size] = (short) dir;
        flags[size] = (byte) ((acc == Acc.ON ? ACC_ON : 0) | (valid ? VALID : 0) | (blind ? BLIND : 0));
        received[size] = receivedAt;
        size++;
    }

    private void grow() {
        int n = size * 2;
        vehicle = Arrays.copyOf(vehicle, n);
        time = Arrays.copyOf(time, n);
        lat = Arrays.copyOf(lat, n);
        lon = Arrays.copyOf(lon, n);
        speed = Arrays.copyOf(speed, n);
        heading = Arrays.copyOf(heading, n);
        flags = Arrays.copyOf(flags, n);
        received = Arrays.copyOf(received, n);
    }

    /** Sorts the send order: by send time in seconds, then as generated. */
    void sort() {
        long start = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            start = Math.min(start, sendTime(i));
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ((sendTime(i) - start) / 1000) << 32 | i;
        }
        Arrays.parallelSort(keys);
        order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) keys[i];
        }
    }

    int size() {
        return size;
    }

    /** The index of the {@code k}-th fix to send. */
    int inOrder(int k) {
        return order[k];
    }

    long sendTime(int i) {
        return isBlind(i) ? received[i] : time[i];
    }

    int vehicle(int i) {
        return vehicle[i];
    }

    long time(int i) {
        return time[i];
    }

    double lat(int i) {
        return lat[i];
    }

    double lon(int i) {
        return lon[i];
    }

    double speed(int i) {
        return speed[i];
    }

    int heading(int i) {
        return heading[i];
    }

    boolean accOn(int i) {
        return (flags[i] & ACC_ON) != 0;
    }

    boolean valid(int i) {
        return (flags[i] & VALID) != 0;
    }

    /** Stored by the terminal while offline and sent later in a blind-area batch. */
    boolean isBlind(int i) {
        return (flags[i] & BLIND) != 0;
    }
}
