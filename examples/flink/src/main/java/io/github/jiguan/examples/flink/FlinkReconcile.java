package io.github.jiguan.examples.flink;

import io.github.jiguan.core.calendar.CalendarYearNotCoveredException;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.finding.FindingsCsv;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.core.reconcile.StreamingAudit;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.StreamingReconciler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.Configuration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar jiguan-flink.jar}: {@code jiguan reconcile} on Apache Flink, with the same
 * options and the same findings.csv. Under {@code java -jar} it runs on an embedded MiniCluster;
 * under {@code flink run} on the cluster. Exit status 0 when the findings were written, 1 when the
 * input cannot be used or the job failed, 2 for a bad command line.
 */
@Command(name = "jiguan-flink", mixinStandardHelpOptions = true,
        header = "Reconcile dispatch orders with terminal trajectories on Apache Flink.",
        description = {"Streams fixes.csv and orders.csv by event time through the core streaming reconciler, keyed"
                + " by vehicle, and writes every finding to --out, as `jiguan reconcile` does.",
            "Rows more than --lateness behind the latest fix time are late: they go to --late, never silently away.",
            "The rules are in docs/reconciliation.md, the formats in docs/formats.md, the streaming promise in"
                + " docs/streaming.md."})
public final class FlinkReconcile implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--vehicles", required = true, paramLabel = "FILE", description = "vehicles.csv: the vehicle register.")
    private Path vehicles;

    @Option(names = "--orders", required = true, paramLabel = "FILE", description = "orders.csv: the dispatch orders.")
    private Path orders;

    @Option(names = "--fixes", required = true, paramLabel = "FILE",
            description = "fixes.csv: the terminals' fixes, as they arrived (file order is the stream's order).")
    private Path fixes;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "A calendar.csv (date,kind with kind HOLIDAY or WORKDAY) overriding the official calendar.")
    private Path calendar;

    @Option(names = "--weekends-only",
            description = "Treat years without a published holiday arrangement as Monday to Friday, with a warning.")
    private boolean weekendsOnly;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first day of the period, YYYY-MM-DD.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE",
            description = "The day after the last day of the period, YYYY-MM-DD: the period is [from, to).")
    private LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The findings file to write.")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (findings.csv, the default) or jsonl (one JSON object per line).")
    private String format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "The language of each finding's sentence: zh (the default) or en.")
    private String lang;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "1",
            description = "Parallel tasks of the job (default ${DEFAULT-VALUE}).")
    private int parallelism;

    @Option(names = "--lateness", paramLabel = "DURATION", defaultValue = "P7D",
            description = "Allowed lateness of event time, ISO-8601 (default ${DEFAULT-VALUE}: blind-area re-uploads days late).")
    private Duration lateness;

    @Option(names = "--late", paramLabel = "FILE",
            description = "late.csv to write: data later than the lateness (default: late.csv beside --out).")
    private Path late;

    @Option(names = "--rejected", paramLabel = "FILE",
            description = "rejected.csv to write: bad input rows (default: rejected.csv beside --out).")
    private Path rejected;

    @Option(names = "--checkpoint-interval", paramLabel = "DURATION", defaultValue = "PT30S",
            description = "How often the job checkpoints its keyed state, ISO-8601; PT0S for never (default ${DEFAULT-VALUE}).")
    private Duration checkpoints;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new FlinkReconcile());
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (!to.isAfter(from) || parallelism < 1 || parallelism > 1024 || lateness.isNegative()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "need --to after --from, --parallelism in [1, 1024] and a lateness not negative");
        }
        if (!List.of("csv", "jsonl").contains(format.toLowerCase(Locale.ROOT))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be csv or jsonl: " + format);
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            ImportLog log = ImportLog.lenient(r -> err.println("rejected: " + r));
            JobSettings settings = new JobSettings(from, to, Files.readString(vehicles, StandardCharsets.UTF_8),
                    calendar == null ? null : Files.readString(calendar, StandardCharsets.UTF_8), weekendsOnly, lateness,
                    StreamingReconciler.DEFAULT_EVALUATE_EVERY, Language.parse(lang).name().toLowerCase(Locale.ROOT));
            List<Vehicle> register = settings.vehicles(log);
            StreamingAudit.of(settings.calendar(log), ReconcilePolicy.defaults(), settings.period()); // fails early
            long started = System.nanoTime();
            var env = ReconcileJob.environment(new Configuration(), parallelism, checkpoints.toMillis());
            ReconcileJob.Result result = ReconcileJob.collect(ReconcileJob.build(env, settings, fixes, orders,
                    register.stream().map(Vehicle::id).toList()));
            double seconds = (System.nanoTime() - started) / 1e9;
            write(result, settings);
            print(result, register.size(), seconds);
            return 0;
        } catch (CsvFormatException e) {
            err.println("jiguan-flink: " + e.rejection());
        } catch (CalendarYearNotCoveredException e) {
            err.println("jiguan-flink: " + e.getMessage()
                    + "; give the year's arrangement with --calendar FILE, or run with --weekends-only");
        } catch (IOException | UncheckedIOException e) {
            err.println("jiguan-flink: " + e.getMessage());
        }
        return 1;
    }

    private void write(ReconcileJob.Result result, JobSettings settings) throws IOException {
        if (format.equalsIgnoreCase("csv")) {
            try (CsvWriter w = CsvWriter.create(out, FindingsCsv.Layout.RECONCILE.header())) {
                result.findings().forEach(r -> w.row(r.fields));
            }
        } else {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (OutputRow r : result.findings()) {
                    w.write(r.json);
                    w.write('\n');
                }
            }
        }
        Path dir = out.toAbsolutePath().getParent();
        try (CsvWriter w = CsvWriter.create(late != null ? late : dir.resolve("late.csv"), ReconcileFunction.LATE_HEADER)) {
            result.late().forEach(r -> w.row(r.fields));
        }
        try (CsvWriter w = CsvWriter.create(rejected != null ? rejected : dir.resolve("rejected.csv"), List.of("rejection"))) {
            result.rejected().forEach(r -> w.row(r.fields));
        }
    }

    private void print(ReconcileJob.Result result, int vehicleCount, double seconds) {
        PrintWriter o = spec.commandLine().getOut();
        long fixCount = result.fixes();
        o.printf("period [%s, %s): %d vehicles, %,d fixes reconciled at parallelism %d, lateness %s%n", from, to,
                vehicleCount, fixCount, parallelism, lateness);
        o.printf("findings %,d:%n", result.findings().size());
        for (FindingType t : FindingType.values()) {
            long n = result.findings().stream().filter(r -> r.fields[0].equals(t.code())).count();
            o.printf("  %-26s %-10s %,8d%n", t.name(), t.chineseName(), n);
        }
        o.printf("late (not used, in late.csv) %,d; rejected rows %,d%n", result.late().size(), result.rejected().size());
        long peakWaiting = result.summaries().stream().mapToLong(r -> Long.parseLong(r.fields[5])).max().orElse(0);
        long peakStream = result.summaries().stream().mapToLong(r -> Long.parseLong(r.fields[6])).max().orElse(0);
        o.printf("keyed state per vehicle, peak: %,d bytes waiting for the watermark, %,d bytes of stream snapshot%n",
                peakWaiting, peakStream);
        o.printf("wrote %s in %.1f s (%,.0f fixes/s, job start included; default lateness of the core: %d days)%n",
                out, seconds, fixCount / Math.max(seconds, 1e-9), StreamingReconciler.DEFAULT_LATENESS_DAYS);
    }
}
