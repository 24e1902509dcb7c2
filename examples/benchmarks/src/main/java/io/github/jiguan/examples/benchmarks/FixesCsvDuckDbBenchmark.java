package io.github.jiguan.examples.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DuckDB reading the same fixes.csv as {@link FixesCsvBenchmark} into a table with typed columns
 * (timestamps with offset, doubles, integers) on 2 threads: the reference a user with this file
 * would reach for. DuckDB is only on the class path of a jar built with the {@code duckdb} profile
 * ({@code -Pduckdb}); it is not a dependency of anything else. Scores are rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FixesCsvDuckDbBenchmark {

    private static final String COLUMNS = "{'vehicle_id': 'VARCHAR', 'time': 'TIMESTAMPTZ', 'lat': 'DOUBLE',"
            + " 'lon': 'DOUBLE', 'speed_kmh': 'DOUBLE', 'heading': 'INTEGER', 'acc': 'TINYINT', 'valid': 'TINYINT',"
            + " 'received_at': 'TIMESTAMPTZ'}";

    private Connection db;
    private String read;

    /** Opens an in-memory database limited to 2 threads. */
    @Setup
    public void setUp() throws SQLException {
        FixesFiles.Sample sample = FixesFiles.sample();
        try {
            db = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB is not on the class path: build the benchmarks with -Pduckdb", e);
        }
        try (Statement s = db.createStatement()) {
            s.execute("SET threads = 2");
        }
        read = "CREATE OR REPLACE TABLE fixes AS SELECT * FROM read_csv('" + sample.file().toAbsolutePath()
                + "', header = true, columns = " + COLUMNS + ")";
    }

    /** Closes the database. */
    @TearDown
    public void tearDown() throws SQLException {
        db.close();
    }

    /** The typed read into a table; returns its row count. */
    @Benchmark
    @OperationsPerInvocation(FixesFiles.ROWS)
    public long duckDb() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(read);
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM fixes")) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
