package io.github.jiguan.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jiguan} command: the entry point of {@code jiguan.jar}. Each subcommand is a thin
 * adapter over the library: it parses its options, calls Jiguan, and reports. Exit status 0 on
 * success, 1 when the input cannot be used, 2 for a bad command line.
 */
@Command(name = "jiguan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Jiguan: office space and official vehicles for agency-affairs platforms.",
        footer = "Run 'jiguan COMMAND --help' for a command's options. The rules, formats and standards are"
                + " described in docs/ of the Jiguan repository.",
        subcommands = {CommandLine.HelpCommand.class, VersionCommand.class,
            CalendarCommand.class,
            SampleCommand.class,
            ReconcileCommand.class,
            OfficeAuditCommand.class,
            OfficeLedgerCommand.class,
            VehicleAuditCommand.class,
            VehicleOpsCommand.class,
            ComplaintCommand.class,
            DecodeCommand.class,
            GatewayCommand.class,
            SimulateCommand.class,
            DemoCommand.class,
            ExportCommand.class})
public final class JiguanCli implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit status; for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The command line with Jiguan's converters and error handling. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new JiguanCli());
        cli.registerConverter(LocalDate.class, JiguanCli::date);
        cli.setParameterExceptionHandler(JiguanCli::badCommandLine);
        cli.setUsageHelpAutoWidth(true);
        return cli;
    }

    /** Without a command: the list of commands on standard error, and status 2. */
    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        cli.getErr().println("jiguan: give a command, one of:");
        cli.getErr().print(cli.getHelp().commandList());
        cli.getErr().println("Run 'jiguan --help' for more.");
        return 2;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date YYYY-MM-DD, such as 2025-01-06, but got '"
                    + text + "'");
        }
    }

    /** A bad command line: what is wrong, and where to read more; not the whole usage. */
    private static int badCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getCommandName().equals("jiguan") ? "jiguan: " + e.getMessage()
                : "jiguan " + cmd.getCommandName() + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for its options.");
        return 2;
    }
}
