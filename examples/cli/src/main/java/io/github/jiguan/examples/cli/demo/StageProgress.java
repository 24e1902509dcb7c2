package io.github.jiguan.examples.cli.demo;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The demo's progress, stage by stage: on a terminal a bar per stage, redrawn in place while the
 * stage runs and left as one finished line; elsewhere (a log, a pipe, CI) plain lines when a stage
 * starts and ends, and at each quarter of a long stage. One stage runs at a time.
 */
public final class StageProgress {

    private static final int BAR = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final int stages;
    private int number;

    private StageProgress(PrintWriter out, boolean terminal, int stages) {
        this.out = out;
        this.terminal = terminal;
        this.stages = stages;
    }

    /** Progress of {@code stages} stages on {@code out}, drawn as bars when {@code terminal}. */
    public static StageProgress of(PrintWriter out, boolean terminal, int stages) {
        return new StageProgress(out, terminal, stages);
    }

    /**
     * Starts the next stage. {@code done} says how many of {@code total} units are done (it is asked
     * from a timer thread while the stage runs); a total of 0 draws no share.
     */
    public Stage start(String name, long total, LongSupplier done) {
        number++;
        return new Stage(name, total, done);
    }

    /** One running stage; close it with {@link #end}. */
    public final class Stage {
        private final String name;
        private final long total;
        private final LongSupplier done;
        private final long started = System.nanoTime();
        private final AtomicLong quarter = new AtomicLong();
        private final Thread timer;

        private Stage(String name, long total, LongSupplier done) {
            this.name = name;
            this.total = total;
            this.done = done;
            synchronized (out) {
                if (!terminal) {
                    out.printf("[%d/%d] %s ...%n", number, stages, name);
                    out.flush();
                }
            }
            timer = new Thread(this::loop, "demo-progress");
            timer.setDaemon(true);
            timer.start();
        }

        private void loop() {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    draw();
                    Thread.sleep(terminal ? 200 : 1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void draw() {
            long n = Math.min(done.getAsLong(), total);
            double share = total > 0 ? (double) n / total : 0;
            synchronized (out) {
                if (terminal) {
                    out.print("\r" + line(share, total > 0 ? String.format("%,d/%,d", n, total) : "", false));
                    out.flush();
                } else if (total > 0 && (long) (share * 4) > quarter.get() && share < 1) {
                    quarter.set((long) (share * 4));
                    out.printf("[%d/%d] %s %3.0f%% (%,d/%,d)%n", number, stages, name, 100 * share, n, total);
                    out.flush();
                }
            }
        }

        private String line(double share, String counts, boolean finished) {
            int filled = (int) Math.round(share * BAR);
            String bar = finished || total > 0 ? "#".repeat(filled) + ".".repeat(BAR - filled) : spinner();
            return String.format("[%d/%d] %-22s [%s] %3.0f%% %s (%.1f s)  ", number, stages, name, bar, 100 * share,
                    counts, seconds());
        }

        private String spinner() {
            int at = (int) ((System.nanoTime() - started) / 200_000_000L) % BAR;
            return ".".repeat(at) + "#" + ".".repeat(BAR - at - 1);
        }

        private double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }

        /** Ends the stage with a one-line summary of what it did. */
        public void end(String summary) {
            timer.interrupt();
            try {
                timer.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (out) {
                if (terminal) {
                    out.print("\r" + line(1, "", true) + "\n");
                    out.printf("      %s%n", summary);
                } else {
                    out.printf("[%d/%d] %s done in %.1f s: %s%n", number, stages, name, seconds(), summary);
                }
                out.flush();
            }
        }
    }
}
