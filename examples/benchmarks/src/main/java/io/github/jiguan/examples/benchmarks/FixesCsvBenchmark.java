package io.github.jiguan.examples.benchmarks;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.interchange.FixesCsv;
import io.github.jiguan.core.interchange.FixesFile;
import io.github.jiguan.core.internal.FastParse;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.FleetFixes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * fixes.csv to {@link FleetFixes}, from a file of {@value FixesFiles#ROWS} rows (in the temporary
 * directory, written on the first run): ours on 1 and 2 threads ({@link FixesFile}, straight from
 * the bytes), our general reader ({@link CsvReader} and {@link FixesCsv#read}, what a
 * {@code Reader} goes through), and FastCSV splitting the same file into records with their line
 * numbers, both alone (its floor for this work) and with every field parsed by our parsers into the
 * same columns. Scores are rows per second.
 * DuckDB's typed read of the same file is {@code FixesCsvDuckDbBenchmark} (profile {@code duckdb}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class FixesCsvBenchmark {

    @Param({"1", "2"})
    int threads;

    private FixesFiles.Sample sample;
    private ExecutorService pool;

    /** Writes the file if missing; starts the pool. */
    @Setup
    public void setUp() {
        sample = FixesFiles.sample();
        pool = Executors.newFixedThreadPool(threads);
    }

    /** Stops the pool. */
    @TearDown
    public void tearDown() {
        pool.shutdown();
    }

    /** Ours: {@link FixesFile} on {@code threads} threads. */
    @Benchmark
    @OperationsPerInvocation(FixesFiles.ROWS)
    public FleetFixes jiguan() {
        return FixesFile.of(sample.file()).threads(threads, pool).partBytes(1 << 20)
                .read(sample.vehicles(), ImportLog.lenient(r -> {
                    throw new IllegalStateException("the sample has no bad row: " + r);
                }));
    }

    /** Our general reader, one thread (the {@code threads} parameter does not apply). */
    @Benchmark
    @OperationsPerInvocation(FixesFiles.ROWS)
    public FleetFixes jiguanGeneralReader() {
        FleetFixes fleet = new FleetFixes();
        Set<String> vehicles = sample.vehicles();
        try (CsvReader in = CsvReader.open(sample.file())) {
            FixesCsv.read(in, id -> vehicles.contains(id) ? fleet.vehicle(id) : null, ImportLog.strict());
        }
        return fleet;
    }

    /**
     * FastCSV for our rows, one thread: its records, each field parsed by the same parsers ours uses
     * (on the cell's Latin-1 bytes, as our general reader does) and stored in the same columns, so
     * that only the reader differs from {@link #jiguan()} on 1 thread.
     */
    @Benchmark
    @OperationsPerInvocation(FixesFiles.ROWS)
    public FleetFixes fastCsvToColumns() throws IOException {
        FleetFixes fleet = new FleetFixes();
        Set<String> vehicles = sample.vehicles();
        try (var in = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(sample.file())) {
            boolean header = true;
            for (CsvRecord r : in) {
                if (header) {
                    header = false;
                    continue;
                }
                String id = r.getField(0);
                if (!vehicles.contains(id)) {
                    throw new IllegalStateException("line " + r.getStartingLineNumber() + ": not in the register");
                }
                String received = r.getField(8);
                fleet.vehicle(id).add(time(r.getField(1)), number(r.getField(2)), number(r.getField(3)),
                        number(r.getField(4)), (int) number(r.getField(5)), Acc.fromFlag(r.getField(6)),
                        r.getField(7).equals("1"), received.isEmpty() ? FixColumns.NO_TIME : time(received));
            }
        }
        return fleet;
    }

    private static long time(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return FastParse.epochMillis(b, 0, b.length);
    }

    private static double number(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return FastParse.decimal(b, 0, b.length);
    }

    /** FastCSV, one thread: records with their line numbers, fields left as strings. */
    @Benchmark
    @OperationsPerInvocation(FixesFiles.ROWS)
    public long fastCsvSplitOnly() throws IOException {
        long sum = 0;
        try (var in = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(sample.file())) {
            for (CsvRecord r : in) {
                sum += r.getStartingLineNumber() + r.getField(r.getFieldCount() - 1).length();
            }
        }
        return sum;
    }
}
