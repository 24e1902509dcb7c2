package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.ReconcileResult;
import io.github.jiguan.core.reconcile.Reconciler;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-memory reconciliation of a generated county fleet over 30 days, terminals reporting every 2 s
 * while moving (1,000 vehicles: about 15 million fixes), on one thread. The {@code fixes} counter
 * gives fixes per second; compare the vehicle counts for the growth with the fleet. Run with
 * {@code java -Xmx8g -jar examples/benchmarks/target/benchmarks.jar ReconcileBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class ReconcileBenchmark {

    /** Vehicles in the fleet. */
    @Param({"100", "300", "1000"})
    public int vehicles;

    private Samples.InMemory data;
    private Reconciler reconciler;

    /** Counts the fixes reconciled, so JMH reports fixes per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counter {
        /** Fixes reconciled. */
        public long fixes;

        /** Clears the count before each iteration. */
        @Setup(Level.Iteration)
        public void clear() {
            fixes = 0;
        }
    }

    /** Generates the fleet. */
    @Setup
    public void setUp() {
        data = Samples.generate(vehicles, 30, 2);
        reconciler = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults());
    }

    /** Reconciles the whole fleet on this thread. */
    @Benchmark
    public ReconcileResult reconcile(Counter counter) {
        ReconcileResult r = reconciler.reconcile(data.fleet().vehicles(), data.fleet().orders(), data.fixes(),
                data.fleet().period());
        counter.fixes += data.fixes().size();
        return r;
    }
}
