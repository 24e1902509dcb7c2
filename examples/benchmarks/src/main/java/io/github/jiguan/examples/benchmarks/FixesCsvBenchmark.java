package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.interchange.FixesCsv;
import io.github.jiguan.testkit.county.CountyFleetGenerator;
import io.github.jiguan.core.track.FleetFixes;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
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
 * Reading fixes.csv into columns: RFC 4180 splitting, the fast time and number parsers, and the
 * append to each vehicle's columns, on text already in memory. Reports rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class FixesCsvBenchmark {

    private static final int ROWS = 200_000;
    private String csv;

    /** Generated rows: a small fleet until there are enough. */
    @Setup
    public void setUp() {
        StringWriter out = new StringWriter();
        FixesCsv.Writer w = new FixesCsv.Writer(out, 8 * 3600);
        int[] n = {0};
        CountyFleetGenerator.builder().vehicles(20).days(30).movingInterval(Duration.ofSeconds(10)).build()
                .generate((id, t, lat, lon, speed, heading, acc, valid, received) -> {
                    if (n[0]++ < ROWS) {
                        w.write(id, t, lat, lon, speed, heading, acc, valid, received);
                    }
                });
        csv = out.toString();
    }

    /** Reads every row. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public FleetFixes read() {
        FleetFixes fleet = new FleetFixes();
        FixesCsv.read(CsvReader.of(new StringReader(csv), "fixes.csv"), fleet::vehicle, ImportLog.strict());
        return fleet;
    }
}
