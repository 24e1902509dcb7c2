package io.github.jiguan.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jiguan} command: the entry point of {@code jiguan.jar}. Each subcommand is a small
 * class of its own, registered in the {@code subcommands} list below.
 */
@Command(name = "jiguan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Jiguan: office space and official vehicles for agency-affairs platforms.",
        subcommands = {CommandLine.HelpCommand.class, VersionCommand.class,
            CalendarCommand.class,
            SampleCommand.class,
            ReconcileCommand.class,
            OfficeAuditCommand.class,
            VehicleAuditCommand.class,
            DecodeCommand.class,
            GatewayCommand.class,
            SimulateCommand.class,
            ExportCommand.class})
public final class JiguanCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit status; for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new JiguanCli());
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** Without a subcommand, print the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
