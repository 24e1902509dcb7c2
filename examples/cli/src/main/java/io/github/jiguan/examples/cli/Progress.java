package io.github.jiguan.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a long read or write on a terminal: a line rewritten every second on standard error
 * once the work has run for two seconds. Silent when the tool does not run on a console (tests,
 * pipes, CI). Steps may be counted from one thread while the timer prints from another.
 */
final class Progress implements AutoCloseable {

    private final PrintWriter err;
    private final String what;
    private final long total;
    private final AtomicLong done = new AtomicLong();
    private final long started = System.nanoTime();
    private final Thread timer;
    private volatile boolean printed;

    private Progress(PrintWriter err, String what, long total, boolean show) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.timer = show ? new Thread(this::loop, "progress") : null;
        if (timer != null) {
            timer.setDaemon(true);
            timer.start();
        }
    }

    /** Starts reporting on {@code err} when there is a console; {@code total} is the work in units, or -1. */
    static Progress start(PrintWriter err, String what, long total) {
        return new Progress(err, what, total, System.console() != null);
    }

    /** Counts one unit done. */
    void step() {
        done.incrementAndGet();
    }

    /** Counts {@code units} more done. */
    void add(long units) {
        done.addAndGet(units);
    }

    private void loop() {
        try {
            Thread.sleep(2000);
            while (!Thread.currentThread().isInterrupted()) {
                double seconds = (System.nanoTime() - started) / 1e9;
                long n = done.get();
                String share = total > 0 ? String.format(" %3.0f%%", 100.0 * n / total) : String.format(" %,d", n);
                err.printf("\r%s:%s (%.1f s)   ", what, share, seconds);
                err.flush();
                printed = true;
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The peak heap use so far, summed over the heap pools: what a run needed. */
    static long peakHeapBytes() {
        long sum = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.interrupt();
            try {
                timer.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (printed) {
                err.println();
            }
        }
    }
}
