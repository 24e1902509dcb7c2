package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.standards.office.ledger.LedgerAudit;
import io.github.jiguan.standards.office.ledger.LedgerReport;
import io.github.jiguan.standards.office.ledger.LedgerRules;
import io.github.jiguan.testkit.office.CountyLedgers;
import java.time.LocalDate;
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
 * The whole office-ledger audit of a county ledger (testkit's {@link CountyLedgers}): 20 rooms a
 * building, a unit per ten buildings, every rule. Reports milliseconds per audit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LedgerAuditBenchmark {

    /** Buildings in the ledger. */
    @Param({"100", "1000"})
    public int buildings;

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    private final LedgerAudit audit = new LedgerAudit(LedgerRules.national());
    private OfficeLedger ledger;

    /** One ledger per size, the same for every iteration. */
    @Setup
    public void setUp() {
        ledger = CountyLedgers.ledgers(Math.max(1, buildings / 10), buildings, 20, AS_OF).sample(42, 10);
    }

    /** Runs every rule. */
    @Benchmark
    public LedgerReport audit() {
        return audit.run(ledger, List.of(), AS_OF);
    }
}
