package io.github.jiguan.examples.gateway.storage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what the connections hand it in batches, one transaction per batch, on one thread of its own,
 * and calls each piece's {@link Completion} only after the commit. This is what makes the gateway's
 * promise hold: a terminal is acknowledged only for positions that are durable.
 *
 * <p>While a batch is written the next one accumulates, so batches grow with the load (group commit)
 * without delaying a lone position. When the database cannot be reached the batch is kept and retried
 * with a growing pause, and nothing is acknowledged; the queue then fills, {@link #saturated()} turns
 * true, and the connections stop reading until {@link #whenDrained} calls them back. A batch the
 * database refuses for its content is split, so that one bad row is refused alone.
 *
 * <p>Thread-safe: {@link #submit} and the other methods may be called from any thread and never block.
 */
public final class BatchWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

    /**
     * How the writer batches and when it pushes back.
     *
     * @param maxBatch the most weight (positions, other rows count 1) in one transaction
     * @param linger how long to wait for more work after the first piece of a batch (0: write at once)
     * @param highWater the queued weight at which {@link #saturated()} turns true
     * @param lowWater the queued weight under which waiting connections are called back
     * @param retryMin the first pause after a failed transaction
     * @param retryMax the longest pause between retries
     */
    public record Settings(int maxBatch, Duration linger, int highWater, int lowWater, Duration retryMin,
            Duration retryMax) {

        /** Checks the values. */
        public Settings {
            if (maxBatch < 1 || lowWater < 0 || highWater <= lowWater) {
                throw new IllegalArgumentException("need maxBatch >= 1 and 0 <= lowWater < highWater: maxBatch=" + maxBatch
                        + " lowWater=" + lowWater + " highWater=" + highWater);
            }
            Objects.requireNonNull(linger, "linger");
            Objects.requireNonNull(retryMin, "retryMin");
            Objects.requireNonNull(retryMax, "retryMax");
        }

        /** 5,000 per batch, no linger, push back at 50,000 queued and resume under 25,000, retries from 100 ms to 5 s. */
        public static Settings defaults() {
            return new Settings(5_000, Duration.ZERO, 50_000, 25_000, Duration.ofMillis(100), Duration.ofSeconds(5));
        }
    }

    private final Storage storage;
    private final Settings settings;
    private final LinkedBlockingQueue<StorageWork> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final ConcurrentLinkedQueue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private final Timer commitTimer;
    private final Counter committedPositions;
    private final Counter transientFailures;
    private final Counter refusedWork;
    private volatile boolean running = true;
    private volatile boolean storageDown;

    /** A writer to {@code storage}, its meters in {@code meters}; {@link #start()} it. */
    public BatchWriter(Storage storage, Settings settings, MeterRegistry meters) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.settings = Objects.requireNonNull(settings, "settings");
        Gauge.builder("jt808.storage.queue.depth", pending, AtomicInteger::get)
                .description("positions and other rows waiting to be stored").register(meters);
        Gauge.builder("jt808.storage.down", this, w -> w.storageDown ? 1 : 0)
                .description("1 while the database cannot be reached").register(meters);
        this.commitTimer = Timer.builder("jt808.storage.commit").description("time to write and commit one batch")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram().register(meters);
        this.committedPositions = Counter.builder("jt808.storage.positions").description("positions committed")
                .register(meters);
        this.transientFailures = Counter.builder("jt808.storage.failures").tag("kind", "unavailable")
                .description("transactions that failed").register(meters);
        this.refusedWork = Counter.builder("jt808.storage.failures").tag("kind", "refused")
                .description("transactions that failed").register(meters);
        this.thread = new Thread(this::run, "jiguan-writer");
        this.thread.setDaemon(true);
    }

    /** Starts the writer's thread. */
    public BatchWriter start() {
        thread.start();
        return this;
    }

    /**
     * Queues {@code work}; never blocks and never drops (the caller stops reading when {@link #saturated()}).
     * Returns false, and queues nothing, once the writer is closing: that work is never acknowledged.
     */
    public boolean submit(StorageWork work) {
        Objects.requireNonNull(work, "work");
        if (!running) {
            return false;
        }
        pending.addAndGet(work.weight());
        queue.add(work);
        return true;
    }

    /** True when the queue is at its high-water mark: callers should stop reading until {@link #whenDrained}. */
    public boolean saturated() {
        return pending.get() >= settings.highWater();
    }

    /** True while the last transaction failed because the database could not be reached. */
    public boolean storageDown() {
        return storageDown;
    }

    /** Calls {@code callback} once, on the writer's thread, as soon as the queue is under its low-water mark. */
    public void whenDrained(Runnable callback) {
        waiting.add(Objects.requireNonNull(callback, "callback"));
        if (pending.get() < settings.lowWater()) {
            release();
        }
    }

    /** The queued weight (positions, and 1 for any other row), the batch being written included. */
    public int pending() {
        return pending.get();
    }

    private void run() {
        List<StorageWork> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            StorageWork first;
            try {
                first = queue.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (first != null) {
                int weight = fill(batch, first);
                write(batch);
                // the connections waiting for room are called back before the count drops, so that one who
                // sees the queue empty also sees their callbacks made
                if (pending.get() - weight < settings.lowWater()) {
                    release();
                }
                pending.addAndGet(-weight);
                batch.clear();
            } else if (pending.get() < settings.lowWater()) {
                release();
            }
        }
    }

    private int fill(List<StorageWork> batch, StorageWork first) {
        batch.add(first);
        int weight = first.weight();
        long lingerUntil = System.nanoTime() + settings.linger().toNanos();
        while (weight < settings.maxBatch()) {
            StorageWork next = queue.peek();
            if (next == null) {
                long wait = lingerUntil - System.nanoTime();
                if (wait <= 0) {
                    break;
                }
                try {
                    next = queue.poll(wait, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                if (next == null) {
                    break;
                }
                batch.add(next);
                weight += next.weight();
                continue;
            }
            if (weight + next.weight() > settings.maxBatch()) {
                break;
            }
            batch.add(queue.poll());
            weight += next.weight();
        }
        return weight;
    }

    /** Writes {@code batch} until it commits, the database refuses it, or the writer is stopped. */
    private void write(List<StorageWork> batch) {
        long pause = settings.retryMin().toMillis();
        while (true) {
            long started = System.nanoTime();
            try {
                storage.write(batch);
                commitTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                if (storageDown) {
                    storageDown = false;
                    LOG.info("storage is back: writing again");
                }
                for (StorageWork w : batch) {
                    if (w instanceof StorageWork.Positions p) {
                        committedPositions.increment(p.rows().size());
                    }
                    w.completion().committed();
                }
                return;
            } catch (SQLException | RuntimeException e) {
                if (!isUnavailable(e)) {
                    refuse(batch, e);
                    return;
                }
                transientFailures.increment();
                if (!storageDown) {
                    storageDown = true;
                    LOG.warn("storage unavailable, holding {} pieces of work and acknowledging nothing until it is back: {}",
                            batch.size(), e.toString());
                }
                if (Thread.currentThread().isInterrupted() || !sleep(pause)) {
                    LOG.warn("writer stopped with {} pieces of work not stored (none was acknowledged)", batch.size());
                    return;
                }
                pause = Math.min(pause * 2, settings.retryMax().toMillis());
            }
        }
    }

    private void refuse(List<StorageWork> batch, Exception e) {
        if (batch.size() > 1) {
            // find the piece the database refuses: the others are stored
            for (StorageWork w : batch) {
                write(List.of(w));
            }
            return;
        }
        refusedWork.increment();
        LOG.error("storage refused {}: {}", describe(batch.get(0)), e.toString());
        batch.get(0).completion().refused(e);
    }

    private static String describe(StorageWork w) {
        return w instanceof StorageWork.Positions p && !p.rows().isEmpty()
                ? p.rows().size() + " positions of terminal " + p.rows().get(0).terminalPhone()
                : w.getClass().getSimpleName();
    }

    /** True for a lost or refused connection, a timeout or a shutdown: worth retrying the same transaction. */
    static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String c = s.getSQLState();
                if (c.startsWith("08") || c.startsWith("53") || c.startsWith("57") || c.startsWith("58")
                        || c.startsWith("40")) {
                    return true;
                }
            }
        }
        return false;
    }

    private void release() {
        for (Runnable r = waiting.poll(); r != null; r = waiting.poll()) {
            r.run();
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops taking work and writes what is queued, waiting at most {@code timeout}; what is left is not acknowledged. */
    public void close(Duration timeout) {
        running = false;
        try {
            thread.join(Math.max(1, timeout.toMillis()));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        release();
    }

    /** {@link #close(Duration)} with 10 seconds. */
    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
