package io.github.jiguan.core.calendar;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One item of a holiday arrangement: the rest days {@code [firstDay, lastDay]} of a holiday and
 * the weekend days made working days to make up for them (调休上班), as the notice states them,
 * for example 春节 2025-01-28 to 2025-02-04, with 2025-01-26 and 2025-02-08 worked.
 *
 * @param notice           the notice that sets the period
 * @param name             the holiday's name as the notice writes it, such as {@code 国庆节、中秋节}
 * @param firstDay         the first rest day
 * @param lastDay          the last rest day, inclusive
 * @param adjustedWorkdays the Saturdays and Sundays worked instead, in date order
 * @param note             what else the notice says about the period; empty when nothing
 */
public record HolidayPeriod(HolidayNotice notice, String name, LocalDate firstDay, LocalDate lastDay,
                            List<LocalDate> adjustedWorkdays, String note) {

    /**
     * Checks the period: the days are in order, every adjusted workday is a Saturday or Sunday
     * outside the rest days.
     *
     * @throws InvalidValueException naming the bad field
     */
    public HolidayPeriod {
        Checks.notNull("notice", notice);
        name = Checks.notBlank("holiday", name);
        Checks.notNull("first day", firstDay);
        Checks.notNull("last day", lastDay);
        if (lastDay.isBefore(firstDay)) {
            throw new InvalidValueException("last day", "must not be before the first day " + firstDay, lastDay);
        }
        adjustedWorkdays = Checks.listOf("adjusted workdays", adjustedWorkdays).stream().sorted().toList();
        for (LocalDate d : adjustedWorkdays) {
            if (!DayKind.isWeekend(d)) {
                throw new InvalidValueException("adjusted workdays", "must be Saturdays or Sundays, "
                        + d + " is a " + d.getDayOfWeek(), d);
            }
            if (contains(firstDay, lastDay, d)) {
                throw new InvalidValueException("adjusted workdays", "must lie outside the rest days "
                        + firstDay + " to " + lastDay, d);
            }
        }
        note = note == null ? "" : note.strip();
    }

    /** The number of rest days, {@code lastDay - firstDay + 1} (the notice's 共N天). */
    public int days() {
        return (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    /** Whether the date is one of the period's rest days. */
    public boolean contains(LocalDate date) {
        return contains(firstDay, lastDay, date);
    }

    private static boolean contains(LocalDate first, LocalDate last, LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
