package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.ReconcileResult;
import io.github.jiguan.core.reconcile.Reconciler;
import io.github.jiguan.core.reconcile.StreamingReconciler;
import io.github.jiguan.core.track.Fix;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Streaming against batch reconciliation of the same generated fleet, both on one thread: the
 * batch {@link Reconciler} over all fixes at once, and the {@link StreamingReconciler} (default
 * 7-day lateness; evaluated every hour or every day) fed every fix in time order, orders first. Each operation
 * reconciles the whole fleet, so fixes per second is {@link Samples.InMemory#fixes()} size times
 * the score. Run with
 * {@code java -jar examples/benchmarks/target/benchmarks.jar StreamingBenchmark -f 1 -wi 3 -i 5}; a year-long
 * audit period with {@code -p days=360 -p vehicles=20 -p interval=30 -p every=P1D}.
 *
 * <p>{@link #batch()} is given columns already grouped by vehicle, so it does not pay for grouping a
 * time-ordered input; {@link #batchFromRecords()} is given what the streaming reconciler is given.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class StreamingBenchmark {

    /** Vehicles in the fleet. */
    @Param({"50"})
    public int vehicles;

    /** Days of the audit period (and of the data). */
    @Param({"30"})
    public int days;

    /** Seconds between fixes while moving. */
    @Param({"2", "30"})
    public int interval;

    /** How much watermark progress triggers an evaluation of the vehicles (ISO-8601). */
    @Param({"PT1H", "P1D"})
    public String every;

    private Samples.InMemory data;
    private List<Fix> inTimeOrder;
    private Reconciler reconciler;

    /** Generates the fleet and sorts its fixes by time, as a platform receives them. */
    @Setup
    public void setUp() {
        data = Samples.generate(vehicles, days, interval);
        inTimeOrder = data.fixes().vehicleIds().stream().flatMap(id -> data.fixes().columns(id).toFixes().stream())
                .sorted(java.util.Comparator.comparing(Fix::time)).map(StreamingBenchmark::decoded).toList();
        reconciler = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults());
        System.out.println();
        System.out.println("fixes per operation: " + data.fixes().size());
    }

    /**
     * A fresh copy of a fix, made in arrival order as a stream's decoder makes its records: the
     * generator made them vehicle by vehicle, and reading those in time order would measure cache
     * misses that no stream has.
     */
    private static Fix decoded(Fix f) {
        return new Fix(f.vehicleId(), java.time.Instant.ofEpochMilli(f.time().toEpochMilli()), f.latitude(),
                f.longitude(), f.speedKmh(), f.heading(), f.acc(), f.valid(),
                f.receivedAt() == null ? null : java.time.Instant.ofEpochMilli(f.receivedAt().toEpochMilli()));
    }

    /** The batch reconciler over the whole fleet. */
    @Benchmark
    public ReconcileResult batch() {
        return reconciler.reconcile(data.fleet().vehicles(), data.fleet().orders(), data.fixes(),
                data.fleet().period());
    }

    /**
     * The batch reconciler given what the streaming one is given, the fix records in time order: it
     * pays for putting them into columns, as the streaming reconciler does.
     */
    @Benchmark
    public ReconcileResult batchFromRecords() {
        return reconciler.reconcile(data.fleet().vehicles(), data.fleet().orders(), inTimeOrder, data.fleet().period());
    }

    /** The streaming reconciler over the same data, fixes in time order. */
    @Benchmark
    public ReconcileResult streaming() {
        StreamingReconciler s = StreamingReconciler.builder(reconciler.calendar(), reconciler.policy(),
                data.fleet().period(), data.fleet().vehicles()).evaluateEvery(java.time.Duration.parse(every)).build();
        for (DispatchOrder o : data.fleet().orders()) {
            s.accept(o);
        }
        for (Fix f : inTimeOrder) {
            s.accept(f);
        }
        return s.flush();
    }
}
