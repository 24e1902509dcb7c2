package io.github.jiguan.examples.cli;

import io.github.jiguan.core.calendar.CalendarCsv;
import io.github.jiguan.core.calendar.CalendarYearNotCoveredException;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.csv.CsvFormatException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiguan calendar}: prints, as calendar.csv, every date of a range whose kind differs from
 * the Monday-to-Friday rule under the shipped State Council arrangements and any overrides.
 * Exit status 0 on success, 1 when the data cannot answer (an uncovered year, an unreadable or,
 * with {@code --strict}, bad calendar.csv), 2 for a bad command line.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        header = "Print the dates that differ from Monday to Friday in the work calendar.",
        description = {"Print date,kind for every date in [--from, --to) that differs from Monday to Friday: HOLIDAY"
                + " (a weekday off) or WORKDAY (a weekend day worked), from the State Council arrangements shipped with"
                + " Jiguan and the overrides of --calendar.",
            "How to add a year's arrangement is described in docs/calendar.md."})
final class CalendarCommand implements Callable<Integer> {

    /** The widest range printed, so that an absurd range fails at once instead of running for hours. */
    static final int MAX_YEARS = 200;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first date, YYYY-MM-DD.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE",
            description = "The date after the last, YYYY-MM-DD: the range is [from, to).")
    private LocalDate to;

    @CommandLine.Mixin
    private Options.Calendar calendar;

    @CommandLine.Mixin
    private Options.Strict strict;

    @CommandLine.Mixin
    private RejectionReport rejections;

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to " + to + " is before --from " + from + " (the range is [from, to))");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "the range [" + from + ", " + to + ") is longer than " + MAX_YEARS + " years");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (RejectionReport report = rejections) {
            WorkCalendar cal = calendar.load(report.open(err, strict.strict));
            calendar.check(cal, from, to, "calendar", err);
            CalendarCsv.write(spec.commandLine().getOut(), cal, from, to);
            if (report.log().rejected() + report.log().repeats() > 0) {
                report.printCounts(err);
            }
            return 0;
        } catch (CalendarYearNotCoveredException e) {
            err.println("jiguan calendar: " + calendar.notCovered(e));
        } catch (CsvFormatException e) {
            err.println("jiguan calendar: " + e.rejection());
        } catch (UncheckedIOException e) {
            err.println("jiguan calendar: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        }
        return 1;
    }
}
