package io.github.jiguan.core.calendar;

import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.Checks;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a calendar.csv held: the overrides of its good rows and a rejection for each bad row.
 * Give it to {@link WorkCalendar#withOverrides(CalendarOverrides)}.
 *
 * @param source        the file or stream name
 * @param days          the overriding kind of each date, ascending
 * @param declaredYears the years the file declares whole (rows {@code 2027,YEAR}): their holidays and
 *                      adjusted workdays are all in {@code days}, every other date follows Monday to Friday
 * @param rejections    the bad rows, in file order, each naming line, column, value and reason
 */
public record CalendarOverrides(String source, NavigableMap<LocalDate, DayKind> days, SortedSet<Integer> declaredYears,
                                List<Rejection> rejections) {

    /** Copies the collections. */
    public CalendarOverrides {
        Checks.notNull("source", source);
        days = Collections.unmodifiableNavigableMap(new TreeMap<>(Checks.notNull("days", days)));
        declaredYears = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.notNull("declaredYears", declaredYears)));
        rejections = Checks.listOf("rejections", rejections);
    }

    /** Overrides of single dates only, declaring no year. */
    public CalendarOverrides(String source, NavigableMap<LocalDate, DayKind> days, List<Rejection> rejections) {
        this(source, days, new TreeSet<>(), rejections);
    }

    /** Whether every row was accepted. */
    public boolean isClean() {
        return rejections.isEmpty();
    }
}
