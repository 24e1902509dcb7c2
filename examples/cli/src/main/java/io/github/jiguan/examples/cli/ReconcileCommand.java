package io.github.jiguan.examples.cli;

import io.github.jiguan.core.calendar.CalendarYearNotCoveredException;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.interchange.CsvFormatException;
import io.github.jiguan.core.interchange.CsvReader;
import io.github.jiguan.core.interchange.CsvWriter;
import io.github.jiguan.core.interchange.FindingsCsv;
import io.github.jiguan.core.interchange.FixesCsv;
import io.github.jiguan.core.interchange.OrdersCsv;
import io.github.jiguan.core.interchange.Rejection;
import io.github.jiguan.core.interchange.SummaryCsv;
import io.github.jiguan.core.interchange.VehiclesCsv;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.ReconcileResult;
import io.github.jiguan.core.reconcile.Reconciler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiguan reconcile}: reconciles dispatch orders with terminal fixes over an audit period
 * (DESIGN.md §5) and writes findings.csv (and optionally summary.csv) as §6 says. Bad rows are
 * reported with file, line, column and reason and skipped, or stop the run with {@code --strict}.
 * Exit status 0 when the findings were written (whatever they say), 1 when the input cannot be
 * read or a strict run met a bad row, 2 for a bad command line.
 */
@Command(name = "reconcile",
        description = "Reconcile dispatch orders with terminal trajectories over [--from, --to) and write every"
                + " finding (有轨迹无订单, 有订单无轨迹, 事后补派, ...) to --out, per DESIGN.md §5 and §6.")
final class ReconcileCommand implements Callable<Integer> {

    private static final int SHOWN_PER_FILE = 20;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--vehicles", paramLabel = "FILE",
            description = "vehicles.csv: the register (with --jdbc-url, the gateway's stored register by default).")
    private Path vehicles;

    @Option(names = "--orders", required = true, paramLabel = "FILE", description = "orders.csv: dispatch orders.")
    private Path orders;

    @Option(names = "--fixes", paramLabel = "FILE", description = "fixes.csv: terminal fixes, any row order.")
    private Path fixes;

    @CommandLine.Mixin
    private DatabaseOptions database;

    @Option(names = "--calendar", paramLabel = "FILE", description = "calendar.csv: overrides of the official work calendar.")
    private Path calendarCsv;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of the audit, ISO-8601.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Day after the audit, exclusive.")
    private LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "findings.csv to write.")
    private Path out;

    @Option(names = "--summary", paramLabel = "FILE", description = "summary.csv to write: per vehicle, agency and total.")
    private Path summary;

    @Option(names = "--rejected", paramLabel = "FILE",
            description = "Write every rejected row (source,line,column,value,reason) here; the terminal shows the first "
                    + SHOWN_PER_FILE + " of each file.")
    private Path rejectedCsv;

    @Option(names = "--strict", description = "Stop at the first bad row instead of skipping it.")
    private boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the per-vehicle work (default: the processors).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (!to.isAfter(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to " + to + " must be after --from " + from + " (the period is [from, to))");
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        if ((fixes == null) == (database.url == null) || (fixes != null && vehicles == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --vehicles and --fixes, or --jdbc-url (the gateway's database) instead of --fixes");
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        try (Rejections rejections = new Rejections(err, rejectedCsv, strict)) {
            WorkCalendar calendar = CalendarCommand.load(calendarCsv, strict, false, err);
            DatabaseFleet stored = database.url == null ? null : DatabaseFleet.read(database, AuditPeriod.of(from, to));
            List<Vehicle> register = vehicles != null
                    ? read(vehicles, r -> VehiclesCsv.read(r, rejections.of("vehicles.csv"))) : stored.vehicles();
            List<DispatchOrder> dispatch = read(orders, r -> OrdersCsv.read(r, rejections.of("orders.csv")));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            ReconcileResult result;
            FixesCsv.Counts counts;
            double readSeconds;
            try {
                long readStart = System.nanoTime();
                io.github.jiguan.core.track.FleetFixes fleetFixes;
                if (stored != null) {
                    fleetFixes = stored.fixes();
                    counts = new FixesCsv.Counts(fleetFixes.size(), fleetFixes.size(), 0);
                } else {
                    FixesFile.Read read;
                    try (Progress progress = Progress.start(err, fixes.getFileName().toString(), Files.size(fixes))) {
                        read = new FixesFile(fixes).read(register.stream().map(Vehicle::id).collect(Collectors.toSet()),
                                threads, strict, pool, rejections.of("fixes.csv"), progress);
                    }
                    counts = read.counts();
                    fleetFixes = read.fixes();
                }
                readSeconds = (System.nanoTime() - readStart) / 1e9;
                result = Reconciler.of(calendar, ReconcilePolicy.defaults())
                        .reconcile(register, dispatch, fleetFixes, AuditPeriod.of(from, to), pool);
            } finally {
                pool.shutdown();
            }
            write(result);
            report(result, counts, rejections.total(), readSeconds, (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (CsvFormatException e) {
            err.println("jiguan reconcile: " + e.rejection() + (strict ? " (--strict: stopped)" : ""));
        } catch (CalendarYearNotCoveredException e) {
            err.println("jiguan reconcile: " + e.getMessage());
        } catch (UncheckedIOException e) {
            err.println("jiguan reconcile: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        } catch (IOException e) {
            err.println("jiguan reconcile: " + e);
        } catch (java.sql.SQLException | org.flywaydb.core.api.FlywayException e) {
            err.println("jiguan reconcile: cannot read the database: " + e.getMessage());
        }
        return 1;
    }

    private static <T> T read(Path file, java.util.function.Function<CsvReader, T> how) {
        try (CsvReader r = CsvReader.open(file)) {
            return how.apply(r);
        }
    }

    private void write(ReconcileResult result) {
        try (CsvWriter w = CsvWriter.create(out, FindingsCsv.HEADER)) {
            FindingsCsv.write(w, result.findings(), WorkCalendar.ZONE);
        }
        if (summary != null) {
            try (CsvWriter w = CsvWriter.create(summary, SummaryCsv.HEADER)) {
                SummaryCsv.write(w, result);
            }
        }
    }

    private void report(ReconcileResult result, FixesCsv.Counts counts, long rejected, double readSeconds,
                        double seconds) {
        PrintWriter o = spec.commandLine().getOut();
        var total = result.total();
        o.printf("period %s: %d vehicles, %d orders, %,d fixes read (%,d rejected rows in all files)%n",
                result.period(), result.vehicles().size(), total.orders(), counts.accepted(), rejected);
        o.printf("trips %,d (%.0f km); findings %,d:%n", total.trips(), total.tripKm(), result.findings().size());
        for (FindingType t : FindingType.values()) {
            o.printf("  %-26s %-10s %,8d%n", t.name(), t.chineseName(), total.count(t));
        }
        o.printf("offline rate 离线率 %.2f%% (%,d offline vehicle-days of %,d)%n", 100 * result.offlineRate(),
                total.offlineDays(), total.vehicleDays());
        if (!result.unknownVehicleOrders().isEmpty()) {
            o.printf("%d orders name vehicles not in %s and were not reconciled: %s%n",
                    result.unknownVehicleOrders().size(), vehicles == null ? "the stored register" : vehicles.getFileName(),
                    String.join(", ", result.unknownVehicleOrders().subList(0,
                            Math.min(10, result.unknownVehicleOrders().size()))));
        }
        o.printf("wrote %s%s in %.1f s (" + (fixes == null ? "database" : "fixes.csv") + " %,d rows in %.1f s, %.2f M rows/s; peak heap %,d MB)%n", out,
                summary == null ? "" : " and " + summary, seconds, counts.rows(), readSeconds,
                counts.rows() / Math.max(readSeconds, 1e-9) / 1e6, peakHeapBytes() >> 20);
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Reports rejected rows: the first few of each file on the terminal, all of them to --rejected. */
    private static final class Rejections implements AutoCloseable {
        private final PrintWriter err;
        private final CsvWriter all;
        private final boolean strict;
        private final Map<String, Long> perFile = new HashMap<>();
        private long total;

        Rejections(PrintWriter err, Path file, boolean strict) {
            this.err = err;
            this.strict = strict;
            this.all = file == null ? null : CsvWriter.create(file, List.of("source", "line", "column", "value", "reason"));
        }

        Consumer<Rejection> of(String name) {
            return r -> {
                if (strict) {
                    throw new CsvFormatException(r);
                }
                total++;
                long n = perFile.merge(name, 1L, Long::sum);
                if (n <= SHOWN_PER_FILE) {
                    err.println("rejected " + r);
                } else if (n == SHOWN_PER_FILE + 1) {
                    err.println("(more rejected rows of " + name + " are counted in the summary"
                            + (all == null ? "; use --rejected FILE to list them all)" : ")"));
                }
                if (all != null) {
                    all.row(r.source(), Long.toString(r.line()), r.column(), r.value(), r.reason());
                }
            };
        }

        long total() {
            return total;
        }

        @Override
        public void close() {
            if (all != null) {
                all.close();
            }
        }
    }
}
