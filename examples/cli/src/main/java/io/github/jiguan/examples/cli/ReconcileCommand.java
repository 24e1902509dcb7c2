package io.github.jiguan.examples.cli;

import io.github.jiguan.core.calendar.CalendarYearNotCoveredException;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.finding.FindingsCsv;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.interchange.FixesFile;
import io.github.jiguan.core.interchange.OrdersCsv;
import io.github.jiguan.core.interchange.SummaryCsv;
import io.github.jiguan.core.interchange.VehiclesCsv;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.ReconcileResult;
import io.github.jiguan.core.reconcile.Reconciler;
import io.github.jiguan.core.track.FleetFixes;
import io.github.jiguan.testkit.county.Injected;
import io.github.jiguan.testkit.county.InjectedCsv;
import io.github.jiguan.testkit.county.TruthScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiguan reconcile}: reads vehicles.csv, orders.csv and fixes.csv, reconciles them over the
 * period with core's {@link Reconciler}, and writes the findings (and summary.csv). Exit status 0
 * when the findings were written, whatever they say; 1 when the input cannot be used or a strict
 * run met a bad row; 2 for a bad command line.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        header = "Reconcile dispatch orders with terminal trajectories and write every finding.",
        description = {"Reconcile dispatch orders with terminal trajectories over the period [--from, --to) and write"
                + " every finding (有轨迹无订单, 有订单无轨迹, 事后补派 and the rest) to --out.",
            "The rules and their thresholds are in docs/reconciliation.md; the file formats in docs/formats.md."})
final class ReconcileCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--vehicles", paramLabel = "FILE",
            description = "vehicles.csv: the vehicle register (with --jdbc-url, the gateway's stored register by default).")
    private Path vehicles;

    @Option(names = "--orders", required = true, paramLabel = "FILE", description = "orders.csv: the dispatch orders.")
    private Path orders;

    @Option(names = "--fixes", paramLabel = "FILE",
            description = "fixes.csv: the terminals' fixes, in any row order (or --jdbc-url: the gateway's database).")
    private Path fixes;

    @CommandLine.Mixin
    private DatabaseOptions database;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "summary.csv to write: the figures per vehicle, per agency and for the whole fleet.")
    private Path summary;

    @Option(names = "--truth", paramLabel = "FILE",
            description = "injected.csv of 'jiguan sample': score the findings against it (matched, missed and extra per"
                    + " type; the matching rule is in docs/reconciliation.md).")
    private Path truth;

    @CommandLine.Mixin
    private Options.Period period;

    @CommandLine.Mixin
    private Options.FindingsOut out;

    @CommandLine.Mixin
    private Options.Calendar calendar;

    @CommandLine.Mixin
    private Options.Strict strict;

    @CommandLine.Mixin
    private Options.Threads threads;

    @CommandLine.Mixin
    private RejectionReport rejections;

    @Override
    public Integer call() {
        AuditPeriod audit = period.period();
        if ((fixes == null) == (database.url == null) || (fixes != null && vehicles == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --vehicles and --fixes, or --jdbc-url (the gateway's database) instead of --fixes");
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        ExecutorService pool = threads.pool();
        try (RejectionReport report = rejections) {
            ImportLog log = report.open(err, strict.strict);
            WorkCalendar cal = calendar.load(log);
            calendar.check(cal, audit.from(), audit.to(), "reconcile", err);
            DatabaseFleet stored = database.url == null ? null : DatabaseFleet.read(database, audit);
            List<Vehicle> register = vehicles != null ? read(vehicles, in -> VehiclesCsv.read(in, log)) : stored.vehicles();
            List<DispatchOrder> dispatch = read(orders, in -> OrdersCsv.read(in, log));
            List<Injected> injected = truth == null ? null : read(truth, in -> InjectedCsv.read(in, log));
            long readStart = System.nanoTime();
            FleetFixes fleet;
            if (stored != null) {
                fleet = stored.fixes();
            } else {
                try (Progress progress = Progress.start(err, fixes.getFileName().toString(), Files.size(fixes))) {
                    fleet = FixesFile.of(fixes).threads(threads.threads, pool).progress(progress::add)
                            .read(register.stream().map(Vehicle::id).collect(Collectors.toSet()), log);
                }
            }
            double readSeconds = (System.nanoTime() - readStart) / 1e9;
            ReconcileResult result = Reconciler.of(cal, ReconcilePolicy.defaults())
                    .reconcile(register, dispatch, fleet, audit, pool);
            out.write(FindingsCsv.Layout.RECONCILE, result.findings());
            if (summary != null) {
                try (CsvWriter w = CsvWriter.create(Options.parentsOf(summary), SummaryCsv.HEADER)) {
                    SummaryCsv.write(w, result);
                }
            }
            print(result, report, stored != null ? fleet.size() : log.counts(fixes.getFileName().toString()).rows(),
                    readSeconds, (System.nanoTime() - started) / 1e9);
            if (injected != null) {
                TruthReport.print(spec.commandLine().getOut(), truth.getFileName().toString(),
                        TruthScore.of(injected, result.findings()));
            }
            return 0;
        } catch (CsvFormatException e) {
            err.println("jiguan reconcile: " + e.rejection() + (strict.strict ? " (--strict: stopped)" : ""));
        } catch (CalendarYearNotCoveredException e) {
            err.println("jiguan reconcile: " + calendar.notCovered(e));
        } catch (UncheckedIOException e) {
            err.println("jiguan reconcile: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        } catch (IOException e) {
            err.println("jiguan reconcile: cannot read " + fixes + " (" + e + ")");
        } catch (java.sql.SQLException | org.flywaydb.core.api.FlywayException e) {
            err.println("jiguan reconcile: cannot read the database: " + e.getMessage());
        } finally {
            pool.shutdown();
        }
        return 1;
    }

    private static <T> T read(Path file, java.util.function.Function<CsvReader, T> how) {
        try (CsvReader r = CsvReader.open(file)) {
            return how.apply(r);
        }
    }

    private void print(ReconcileResult result, RejectionReport report, long fixRows, double readSeconds,
                       double seconds) {
        PrintWriter o = spec.commandLine().getOut();
        var total = result.total();
        o.printf("period %s: %d vehicles, %d orders, %,d fixes read (%,d rejected rows in all files)%n",
                result.period(), result.vehicles().size(), total.orders(), fixRows - report.log().rejected(),
                report.log().rejected());
        report.printCounts(o);
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
        o.printf("wrote %s%s in %.1f s (" + (fixes == null ? "database" : "fixes.csv") + " %,d rows in %.1f s, %.2f M rows/s; peak heap %,d MB)%n", out.out,
                summary == null ? "" : " and " + summary, seconds, fixRows, readSeconds,
                fixRows / Math.max(readSeconds, 1e-9) / 1e6, Progress.peakHeapBytes() >> 20);
    }
}
