package io.github.jiguan.core.calendar;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.Cells;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.Rejection;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads and writes calendar.csv (docs/formats.md): a header row {@code date,kind}, then one row per
 * date, {@code kind} being {@code HOLIDAY} (a rest day) or {@code WORKDAY} (a working day), for
 * example {@code 2025-10-09,HOLIDAY} or {@code 2025-10-11,WORKDAY}. A row {@code 2027,YEAR} (a year
 * in the date column) declares the whole year: the file lists every holiday and adjusted workday
 * of 2027, so the year is covered and its other dates follow Monday to Friday. That is how a user
 * adds a year the State Council has published before a Jiguan release ships it.
 *
 * <p>Read rows become overrides: {@code HOLIDAY} on a Monday to Friday is
 * {@link DayKind#HOLIDAY}, on a weekend {@link DayKind#WEEKEND} (cancelling an adjusted workday);
 * {@code WORKDAY} on a weekend is {@link DayKind#ADJUSTED_WORKDAY}, on a weekday
 * {@link DayKind#WORKDAY} (cancelling a holiday). Extra columns are ignored. A bad row (a date
 * that is not ISO-8601, an unknown kind, a date already given on an earlier line) becomes a
 * {@link Rejection} and the good rows are kept, unless the caller asks for strict reading, which
 * stops at the first. Stateless and thread-safe.
 */
public final class CalendarCsv {

    /** The columns of calendar.csv. */
    public static final List<String> HEADER = List.of("date", "kind");

    private CalendarCsv() {
    }

    /**
     * Reads a calendar.csv file, keeping the good rows and reporting the bad ones.
     *
     * @throws CsvFormatException when the header lacks {@code date} or {@code kind}, or a quote is never closed
     * @throws java.io.UncheckedIOException when the file cannot be read or is not UTF-8
     */
    public static CalendarOverrides read(Path file) {
        return read(file, false);
    }

    /**
     * Reads a calendar.csv file; with {@code strict}, the first bad row stops the reading.
     *
     * @throws CsvFormatException as {@link #read(Path)}, and in strict mode for the first bad row
     * @throws java.io.UncheckedIOException when the file cannot be read or is not UTF-8
     */
    public static CalendarOverrides read(Path file, boolean strict) {
        try (CsvReader in = CsvReader.open(Checks.notNull("file", file))) {
            return read(in, strict);
        }
    }

    /**
     * Reads calendar.csv text; rejections name {@code source}.
     *
     * @throws CsvFormatException as {@link #read(Path, boolean)}
     */
    public static CalendarOverrides read(Reader reader, String source, boolean strict) {
        try (CsvReader in = CsvReader.of(Checks.notNull("reader", reader), Checks.notBlank("source", source))) {
            return read(in, strict);
        }
    }

    private static CalendarOverrides read(CsvReader in, boolean strict) {
        List<Rejection> rejections = new ArrayList<>();
        return read(in, ImportLog.of(strict, rejections::add), rejections);
    }

    /**
     * Reads calendar.csv rows into overrides, reporting bad rows (a date that is not ISO-8601, an
     * unknown kind, a date given on an earlier line) to {@code log}, as every format does.
     *
     * @throws CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static CalendarOverrides read(CsvReader in, ImportLog log) {
        return read(in, log, List.of());
    }

    private static CalendarOverrides read(CsvReader in, ImportLog log, List<Rejection> rejections) {
        TreeMap<LocalDate, DayKind> days = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        Map<Object, Long> lineOf = new HashMap<>();
        log.read(in, HEADER, row -> {
            Kind kind = row.required("kind", CalendarCsv::parseKind);
            Object key;
            if (kind == Kind.YEAR) {
                int year = row.required("date", CalendarCsv::parseYear);
                key = year;
                years.add(year);
            } else {
                LocalDate date = row.required("date", t -> Cells.date("date", t));
                key = date;
                days.put(date, kind == Kind.HOLIDAY ? DayKind.restOn(date) : DayKind.workOn(date));
            }
            Long earlier = lineOf.putIfAbsent(key, row.line());
            if (earlier != null) {
                throw row.invalid("date", "repeats the " + (kind == Kind.YEAR ? "year" : "date") + " of line " + earlier);
            }
            return key;
        });
        return new CalendarOverrides(in.source(), days, years, rejections);
    }

    private enum Kind { HOLIDAY, WORKDAY, YEAR }

    private static Kind parseKind(String text) {
        String k = Checks.notBlank("kind", text).toUpperCase(Locale.ROOT);
        return switch (k) {
            case "HOLIDAY" -> Kind.HOLIDAY;
            case "WORKDAY" -> Kind.WORKDAY;
            case "YEAR" -> Kind.YEAR;
            default -> throw new InvalidValueException("kind", "must be HOLIDAY, WORKDAY or YEAR", text);
        };
    }

    /** The year of a {@code YEAR} row: four digits, 1900 to 2999. */
    private static int parseYear(String text) {
        String t = Checks.notBlank("date", text);
        if (!t.matches("[12][0-9]{3}")) {
            throw new InvalidValueException("date", "must be a year YYYY (such as 2027) on a YEAR row", text);
        }
        return Integer.parseInt(t);
    }

    /**
     * Writes, as calendar.csv, the header and every date in {@code [from, to)} whose kind differs
     * from the Monday-to-Friday rule, ascending: what the calendar adds to the weekly rule. The
     * writer is flushed, not closed.
     *
     * @return the number of dates written
     * @throws InvalidValueException when {@code to} is before {@code from}
     * @throws CalendarYearNotCoveredException when a date in range is in a year the calendar cannot answer
     */
    public static int write(Writer out, WorkCalendar calendar, LocalDate from, LocalDate to) {
        Checks.notNull("out", out);
        NavigableMap<LocalDate, DayKind> exceptions = Checks.notNull("calendar", calendar).exceptions(from, to);
        CsvWriter csv = CsvWriter.of(out, HEADER);
        exceptions.forEach((date, kind) -> csv.row(date.toString(), kind.csvCode()));
        csv.flush();
        return exceptions.size();
    }
}
