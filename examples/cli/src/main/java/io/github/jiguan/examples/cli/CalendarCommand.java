package io.github.jiguan.examples.cli;

import io.github.jiguan.core.calendar.CalendarCsv;
import io.github.jiguan.core.calendar.CalendarOverrides;
import io.github.jiguan.core.calendar.CalendarYearNotCoveredException;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.Rejection;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
@Command(name = "calendar",
        description = "Print date,kind for every date in [--from, --to) that differs from Monday to Friday:"
                + " HOLIDAY (a weekday off) or WORKDAY (a weekend day worked), from the State Council"
                + " arrangements 2020-2026 and the overrides of --calendar.")
final class CalendarCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First date, ISO-8601 (2020-01-01).")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Date after the last, exclusive (2027-01-01).")
    private LocalDate to;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "calendar.csv overrides (date,kind with kind HOLIDAY or WORKDAY); bad rows are reported and skipped.")
    private Path calendarCsv;

    @Option(names = "--strict", description = "Stop at the first bad row of --calendar.")
    private boolean strict;

    @Option(names = "--weekends-only",
            description = "Answer years without published arrangements by Monday to Friday instead of failing.")
    private boolean weekendsOnly;

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to " + to + " is before --from " + from + " (the range is [from, to))");
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            WorkCalendar calendar = calendar(err);
            CalendarCsv.write(spec.commandLine().getOut(), calendar, from, to);
            return 0;
        } catch (CalendarYearNotCoveredException e) {
            err.println("jiguan calendar: " + e.getMessage()
                    + (weekendsOnly ? "" : "; or run with --weekends-only"));
        } catch (CsvFormatException e) {
            err.println("jiguan calendar: " + e.rejection());
        } catch (UncheckedIOException e) {
            err.println("jiguan calendar: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        }
        return 1;
    }

    private WorkCalendar calendar(PrintWriter err) {
        return load(calendarCsv, strict, weekendsOnly, err);
    }

    /**
     * The official calendar with the overrides of a calendar.csv (null for none), reporting its
     * rejected rows to {@code err}; shared by the commands that take {@code --calendar}.
     */
    static WorkCalendar load(Path calendarCsv, boolean strict, boolean weekendsOnly, PrintWriter err) {
        WorkCalendar calendar = WorkCalendar.chinaOfficial();
        if (weekendsOnly) {
            calendar = calendar.withWeekendsOnlyForUncoveredYears();
        }
        if (calendarCsv != null) {
            CalendarOverrides overrides = CalendarCsv.read(calendarCsv, strict);
            for (Rejection r : overrides.rejections()) {
                err.println("rejected " + r);
            }
            if (!overrides.isClean()) {
                err.println(overrides.rejections().size() + " row(s) of " + overrides.source() + " rejected, "
                        + overrides.days().size() + " override(s) applied");
            }
            calendar = calendar.withOverrides(overrides);
        }
        return calendar;
    }
}
