package io.github.jiguan.examples.cli;

import io.github.jiguan.examples.cli.demo.Demo;
import io.github.jiguan.examples.cli.demo.DemoConfig;
import io.github.jiguan.examples.cli.demo.DemoRun;
import io.github.jiguan.examples.cli.demo.DemoSummary;
import io.github.jiguan.examples.cli.demo.StageProgress;
import io.github.jiguan.examples.cli.report.ReportDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiguan demo}: the whole system on one generated county, with nothing to set up, ending in
 * the inspector's report. Exit status 0 when every acknowledged position was stored and every
 * finding matched the injected truth, 1 otherwise (the report is written all the same), 2 for a bad
 * command line.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Run the whole system on a generated county and write the inspector's report.",
        description = {"Start a JT/T 808 gateway on a free loopback port (H2 in --out), let the terminals of a county"
                + " fleet with injected violations report to it over TCP, check that every acknowledged position was"
                + " stored, reconcile the dispatch orders with the positions read back from the database, audit an"
                + " example office-space ledger and the fleet's dossier, quotas and fuel, and write report.html with"
                + " the findings files to --out.",
            "It prints the report's path and the findings by type against the injected truth."})
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "jiguan-demo",
            description = "The report directory (default ./${DEFAULT-VALUE}); nothing is written outside it.")
    private Path out;

    @Option(names = "--vehicles", paramLabel = "N", defaultValue = "30", description = "Vehicles (default ${DEFAULT-VALUE}).")
    private int vehicles;

    @Option(names = "--days", paramLabel = "N", defaultValue = "30", description = "Days simulated (default ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--from", paramLabel = "DATE", defaultValue = "2025-01-06", description = "First day (default ${DEFAULT-VALUE}).")
    private LocalDate from;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @CommandLine.Mixin
    private Options.Calendar calendar;

    @Override
    public Integer call() {
        java.util.Optional<io.github.jiguan.core.calendar.WorkCalendar> cal = calendar.forPeriod(from,
                from.plusDays(days), "demo", spec.commandLine().getErr());
        if (cal.isEmpty()) {
            return 1;
        }
        DemoConfig config;
        try {
            config = new DemoConfig(out, vehicles, days, from, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        // the gateway's start-up lines would break the progress bars; its warnings still show
        if (System.getProperty("jiguan.log.gateway") == null) {
            System.setProperty("jiguan.log.gateway", "WARN");
        }
        PrintWriter o = spec.commandLine().getOut();
        long started = System.nanoTime();
        try {
            StageProgress progress = StageProgress.of(o, System.console() != null, Demo.STAGES + 1);
            DemoRun run = Demo.run(config, cal.get(), progress);
            Path report = ReportDirectory.write(run, progress);
            DemoSummary.print(run, report, (System.nanoTime() - started) / 1e9, o);
            return run.verification().noLoss() && run.simulation().complete() && run.truth().exact() ? 0 : 1;
        } catch (Demo.DemoFailedException | java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("jiguan demo: " + e.getMessage());
            return 1;
        }
    }
}
