package io.github.jiguan.examples.cli;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.calendar.CalendarYearNotCoveredException;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.interchange.FixesCsv;
import io.github.jiguan.core.interchange.OrdersCsv;
import io.github.jiguan.core.interchange.VehiclesCsv;
import io.github.jiguan.testkit.county.CountyFleetGenerator;
import io.github.jiguan.testkit.county.InjectedCsv;
import io.github.jiguan.testkit.county.SampleFleet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code jiguan sample}: writes a generated county data set (vehicles.csv, orders.csv, fixes.csv)
 * and the violations injected into it (injected.csv, in the findings.csv format), so that
 * {@code reconcile} can be tried without data of one's own. Exit status 0, 1 when the files
 * cannot be written, 2 for a bad command line.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        header = "Write a generated county data set with injected violations.",
        description = {"Write a realistic generated county fleet (vehicles.csv, orders.csv, fixes.csv) and the"
                + " violations injected into it (injected.csv) to --out.",
            "'jiguan reconcile --truth DIR/injected.csv' scores the findings against them (docs/reconciliation.md);"
                + " a period after 2026 needs --calendar or --weekends-only (docs/calendar.md)."})
final class SampleCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write to (created if needed).")
    private Path out;

    @Option(names = "--vehicles", paramLabel = "N", defaultValue = "30", description = "Vehicles (default ${DEFAULT-VALUE}).")
    private int vehicles;

    @Option(names = "--days", paramLabel = "N", defaultValue = "63", description = "Days (default ${DEFAULT-VALUE}: nine weeks).")
    private int days;

    @Option(names = "--from", paramLabel = "DATE", defaultValue = "2025-01-06",
            description = "First day (default ${DEFAULT-VALUE}, three weeks before the 2025 Spring Festival).")
    private LocalDate from;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--moving-interval", paramLabel = "SECONDS", defaultValue = "30",
            description = "How often a moving terminal reports (default ${DEFAULT-VALUE} s; 10 makes about three times the fixes).")
    private int movingInterval;

    @CommandLine.Mixin
    private Options.Calendar calendar;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<WorkCalendar> cal = calendar.forPeriod(from, from.plusDays(days), "sample", err);
        if (cal.isEmpty()) {
            return 1;
        }
        CountyFleetGenerator generator;
        try {
            generator = CountyFleetGenerator.builder().vehicles(vehicles).days(days).from(from).seed(seed)
                    .movingInterval(Duration.ofSeconds(movingInterval)).calendar(cal.get()).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(out);
            SampleFleet fleet;
            try (BufferedWriter w = Files.newBufferedWriter(out.resolve("fixes.csv"), StandardCharsets.UTF_8);
                 FixesCsv.Writer fixes = new FixesCsv.Writer(w, 8 * 3600);
                 Progress progress = Progress.start(err, "fixes.csv", -1)) {
                fleet = generator.generate((id, t, lat, lon, speed, heading, acc, valid, received) -> {
                    fixes.write(id, t, lat, lon, speed, heading, acc, valid, received);
                    progress.step();
                });
            }
            try (CsvWriter w = CsvWriter.create(out.resolve("vehicles.csv"), VehiclesCsv.HEADER)) {
                VehiclesCsv.write(w, fleet.vehicles());
            }
            try (CsvWriter w = CsvWriter.create(out.resolve("orders.csv"), OrdersCsv.HEADER)) {
                OrdersCsv.write(w, fleet.orders(), ChinaTime.ZONE);
            }
            try (CsvWriter w = CsvWriter.create(out.resolve("injected.csv"), InjectedCsv.HEADER)) {
                InjectedCsv.write(w, fleet.injected());
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf("wrote %s: %d vehicles, %d orders, %,d fixes over %s, %d injected violations (%.1f s)%n", out,
                    fleet.vehicles().size(), fleet.orders().size(), fleet.fixes(), fleet.period(),
                    fleet.injected().size(), (System.nanoTime() - started) / 1e9);
            // the findings go beside the sample (out/findings.csv for --out out/sample), never into the working directory
            Path results = out.getParent() != null ? out.getParent() : out;
            o.printf("next: java -jar examples/cli/target/jiguan.jar reconcile --vehicles %1$s --orders %2$s"
                    + " --fixes %3$s --from %4$s --to %5$s --out %6$s --summary %7$s --truth %8$s%n",
                    out.resolve("vehicles.csv"), out.resolve("orders.csv"), out.resolve("fixes.csv"),
                    fleet.period().from(), fleet.period().to(), results.resolve("findings.csv"),
                    results.resolve("summary.csv"), out.resolve("injected.csv"));
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("jiguan sample: cannot write " + out + ": " + e.getMessage());
            return 1;
        } catch (CalendarYearNotCoveredException e) {
            err.println("jiguan sample: " + calendar.notCovered(e));
            return 1;
        }
    }
}
