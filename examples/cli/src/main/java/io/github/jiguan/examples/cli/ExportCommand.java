package io.github.jiguan.examples.cli;

import io.github.jiguan.examples.gateway.export.FixesExport;
import io.github.jiguan.examples.gateway.storage.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jiguan export}: writes the gateway's stored positions of [--from, --to) as fixes.csv. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write the stored positions as fixes.csv.",
        description = "Write the positions the gateway stored for the days [--from, --to) to --out in the fixes.csv"
                + " format, ready for reconcile.")
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, ISO-8601 (Asia/Shanghai).")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Day after the last, exclusive.")
    private LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "fixes.csv to write.")
    private Path out;

    @Override
    public Integer call() {
        if (!to.isAfter(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to " + to + " must be after --from " + from + " (the period is [from, to))");
        }
        long started = System.nanoTime();
        try (Database db = database.open()) {
            long rows = FixesExport.write(db, from, to, Options.parentsOf(out));
            spec.commandLine().getOut().printf("wrote %s: %,d fixes of [%s, %s) in %.1f s%n", out, rows, from, to,
                    (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            spec.commandLine().getErr().println("jiguan export: " + e.getMessage());
            return 1;
        }
    }
}
