package io.github.jiguan.core.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * The work calendar was asked about a date in a year for which it has no holiday arrangement and
 * the caller did not accept the weekends-only rule for such years
 * ({@link WorkCalendar#withWeekendsOnlyForUncoveredYears()}). Answering by the weekly rule alone
 * would silently count the year's Spring Festival as working days.
 */
public class CalendarYearNotCoveredException extends RuntimeException {

    private final int year;
    private final transient SortedSet<Integer> coveredYears;

    /** Creates the exception for the {@code year} asked about and the years the calendar covers. */
    public CalendarYearNotCoveredException(int year, SortedSet<Integer> coveredYears) {
        super("the work calendar has no holiday arrangement for " + year + "; it covers "
                + ranges(coveredYears) + ". Add the year's arrangement (WorkCalendar.withArrangement), or accept"
                + " Monday-to-Friday for uncovered years (withWeekendsOnlyForUncoveredYears)");
        this.year = year;
        this.coveredYears = coveredYears;
    }

    /** The year that has no data. */
    public int year() {
        return year;
    }

    /** The years the calendar covers, ascending. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** The covered years as ranges, for a message: {@code 2020–2026}, {@code 2020–2022, 2024}, or {@code no year}. */
    public String coveredRanges() {
        return ranges(coveredYears);
    }

    /** The years as ranges: {@code 2020–2026}, {@code 2020–2022, 2024}, or {@code no year}. */
    static String ranges(SortedSet<Integer> years) {
        if (years.isEmpty()) {
            return "no year";
        }
        List<String> parts = new ArrayList<>();
        int first = years.first();
        int last = first;
        for (int y : years.tailSet(first + 1)) {
            if (y != last + 1) {
                parts.add(first == last ? Integer.toString(first) : first + "–" + last);
                first = y;
            }
            last = y;
        }
        parts.add(first == last ? Integer.toString(first) : first + "–" + last);
        return String.join(", ", parts);
    }
}
