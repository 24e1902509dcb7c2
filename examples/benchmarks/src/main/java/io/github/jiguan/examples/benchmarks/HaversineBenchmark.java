package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.core.geo.Haversine;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The distance between consecutive fixes of a trajectory, on primitive arrays: the inner loop of
 * cleaning and stop detection. Reports distances per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HaversineBenchmark {

    private static final int N = 4096;
    private final double[] lat = new double[N];
    private final double[] lon = new double[N];

    /** A random walk around Shijiazhuang, about 300 m a step. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        lat[0] = 38.04;
        lon[0] = 114.51;
        for (int i = 1; i < N; i++) {
            lat[i] = lat[i - 1] + (random.nextDouble() - 0.5) * 0.005;
            lon[i] = lon[i - 1] + (random.nextDouble() - 0.5) * 0.005;
        }
    }

    /** Sums the step lengths of the walk. */
    @Benchmark
    @OperationsPerInvocation(N - 1)
    public double consecutiveDistances() {
        double sum = 0;
        for (int i = 1; i < N; i++) {
            sum += Haversine.metres(lat[i - 1], lon[i - 1], lat[i], lon[i]);
        }
        return sum;
    }
}
