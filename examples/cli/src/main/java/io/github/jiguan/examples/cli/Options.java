package io.github.jiguan.examples.cli;

import io.github.jiguan.core.calendar.CalendarCsv;
import io.github.jiguan.core.calendar.CalendarYearNotCoveredException;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.FindingsCsv;
import io.github.jiguan.core.finding.FindingsJsonLines;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.standards.source.Standard;
import io.github.jiguan.standards.source.StandardSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options several commands share, one picocli mixin each, so that an option means the same
 * and reads the same in every command.
 */
final class Options {

    private Options() {
    }

    /**
     * Creates the directories {@code file} is to be written in, so that {@code --out out/findings.csv}
     * works in a fresh clone.
     *
     * @throws java.io.UncheckedIOException when they cannot be created
     */
    static Path parentsOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            try {
                java.nio.file.Files.createDirectories(parent);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot create the directory " + parent, e);
            }
        }
        return file;
    }

    /** {@code --from DATE --to DATE}: the audit period [from, to). */
    static final class Period {
        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DATE",
                description = "The first day of the period, YYYY-MM-DD.")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE",
                description = "The day after the last day of the period, YYYY-MM-DD: the period is [from, to).")
        LocalDate to;

        /**
         * The period.
         *
         * @throws CommandLine.ParameterException when {@code --to} is not after {@code --from}
         */
        AuditPeriod period() {
            if (!to.isAfter(from)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--to " + to + " must be after --from " + from + " (the period is [from, to))");
            }
            return AuditPeriod.of(from, to);
        }
    }

    /** {@code --as-of DATE}: the date an audit judges the register on. */
    static final class AsOf {
        @Option(names = "--as-of", required = true, paramLabel = "DATE",
                description = "The audit date, YYYY-MM-DD, such as 2025-06-30.")
        LocalDate asOf;
    }

    /** {@code --strict}: stop at the first bad row. */
    static final class Strict {
        @Option(names = "--strict", description = "Stop at the first bad input row instead of reporting it and going on.")
        boolean strict;
    }

    /** {@code --threads N}: how many threads the work may use. */
    static final class Threads {
        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--threads", paramLabel = "N",
                description = "The number of threads to read and reconcile on (default: the processors, ${DEFAULT-VALUE}).")
        int threads = Runtime.getRuntime().availableProcessors();

        /** A pool of {@code --threads} threads. */
        ExecutorService pool() {
            if (threads < 1 || threads > 1024) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be in [1, 1024]: " + threads);
            }
            return Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "jiguan-worker");
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** {@code --calendar FILE --weekends-only}: the work calendar. */
    static final class Calendar {
        @Option(names = "--calendar", paramLabel = "FILE",
                description = "A calendar.csv (date,kind with kind HOLIDAY or WORKDAY, and YYYY,YEAR to declare a whole"
                        + " year) whose rows override the official work calendar; see docs/calendar.md.")
        Path file;

        @Option(names = "--weekends-only",
                description = "Treat years without a published holiday arrangement as Monday to Friday, with a warning"
                        + " naming them, instead of failing.")
        boolean weekendsOnly;

        /** The official calendar with the overrides of {@code --calendar}, its bad rows reported to {@code log}. */
        WorkCalendar load(ImportLog log) {
            WorkCalendar calendar = WorkCalendar.chinaOfficial();
            if (weekendsOnly) {
                calendar = calendar.withWeekendsOnlyForUncoveredYears();
            }
            if (file != null) {
                try (CsvReader in = CsvReader.open(file)) {
                    calendar = calendar.withOverrides(CalendarCsv.read(in, log));
                }
            }
            return calendar;
        }

        /**
         * Checks the years of {@code [from, to)} before any work: with {@code --weekends-only} a warning on
         * {@code err} names the years treated as Monday to Friday; without it an uncovered year fails.
         *
         * @throws CalendarYearNotCoveredException for the first uncovered year, without {@code --weekends-only}
         */
        void check(WorkCalendar calendar, LocalDate from, LocalDate to, String command, PrintWriter err) {
            SortedSet<Integer> uncovered = calendar.uncoveredYears(from, to);
            if (uncovered.isEmpty()) {
                return;
            }
            if (!weekendsOnly) {
                throw new CalendarYearNotCoveredException(uncovered.first(), calendar.coveredYears());
            }
            err.println("jiguan " + command + ": warning: no holiday arrangement for "
                    + uncovered.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + "; treated as Monday to Friday (--weekends-only), so the holidays of "
                    + (uncovered.size() == 1 ? "that year" : "those years")
                    + " count as working days. Declare a year with --calendar FILE (docs/calendar.md).");
        }

        /**
         * For a command that generates data over {@code [from, to)}: the calendar, checked as {@link #check} does,
         * its bad rows printed on {@code err}; empty, with the reason printed, when it cannot answer the period.
         */
        java.util.Optional<WorkCalendar> forPeriod(LocalDate from, LocalDate to, String command, PrintWriter err) {
            try {
                WorkCalendar calendar = load(ImportLog.lenient(r -> err.println("rejected " + r)));
                check(calendar, from, to, command, err);
                return java.util.Optional.of(calendar);
            } catch (CalendarYearNotCoveredException e) {
                err.println("jiguan " + command + ": " + notCovered(e));
            } catch (io.github.jiguan.core.csv.CsvFormatException e) {
                err.println("jiguan " + command + ": " + e.rejection());
            } catch (java.io.UncheckedIOException e) {
                err.println("jiguan " + command + ": " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            }
            return java.util.Optional.empty();
        }

        /** What to tell the user when a year is not covered: the CLI options, not the Java methods. */
        String notCovered(CalendarYearNotCoveredException e) {
            return "no holiday arrangement for " + e.year() + " (the work calendar covers "
                    + e.coveredRanges() + "); give the year's arrangement with --calendar FILE, a calendar.csv"
                    + " whose row '" + e.year() + ",YEAR' declares the year and whose rows list its holidays and"
                    + " adjusted workdays (docs/calendar.md), or run with --weekends-only to treat it as Monday to Friday";
        }
    }

    /** {@code --out FILE --format csv|jsonl --lang zh|en}: where and how the findings are written. */
    static final class FindingsOut {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The findings file to write.")
        Path out;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
                description = "csv (findings.csv, the default) or jsonl (one JSON object per line, for programs).")
        String format;

        @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
                description = "The language of the sentence each finding carries: zh (the default) or en.")
        String lang;

        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        private CommandLine.Model.CommandSpec spec;

        /** Writes the findings to {@code --out} in the chosen format and language, with {@code layout}'s columns. */
        void write(FindingsCsv.Layout layout, Collection<Finding> findings) {
            Language language = language();
            parentsOf(out);
            switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> FindingsCsv.write(out, layout, findings, language);
                case "jsonl" -> FindingsJsonLines.write(out, findings, language);
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format must be csv or jsonl: " + format);
            }
        }

        /** The language of {@code --lang}. */
        Language language() {
            return Lang.parse(spec, lang);
        }
    }

    /** {@code --lang zh|en}: the language of the findings' sentences, for commands that write more than findings. */
    static final class Lang {
        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
                description = "The language of the findings' sentences: zh (the default) or en.")
        String lang;

        /** The language of {@code --lang}. */
        Language language() {
            return parse(spec, lang);
        }

        /** {@code text} as a language, or the usage error of {@code --lang}. */
        static Language parse(CommandLine.Model.CommandSpec spec, String text) {
            try {
                return Language.parse(text);
            } catch (io.github.jiguan.core.InvalidValueException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be zh or en: " + text);
            }
        }
    }

    /** {@code --standard FILE}: a province's override files. */
    static final class Standards {
        @Option(names = "--standard", paramLabel = "FILE",
                description = "A province's override file of a standard (repeatable); its document.overrides row names"
                        + " the standard it overrides.")
        List<Path> files = new ArrayList<>();

        /** The standards of {@code kinds}, with the override files routed to them by id. */
        StandardSet load(List<? extends Standard.Kind<?>> kinds) {
            return StandardSet.load(files, kinds);
        }
    }
}
