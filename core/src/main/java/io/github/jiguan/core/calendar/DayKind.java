package io.github.jiguan.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What kind of day a date is in the work calendar.
 *
 * <p>The four kinds are the Monday-to-Friday rule and its two exceptions: a weekday made a rest
 * day and a weekend day made a working day. calendar.csv (docs/formats.md) writes the exceptions as
 * {@code HOLIDAY} and {@code WORKDAY}; see {@link #csvCode()}.
 */
public enum DayKind {

    /** Monday to Friday, a working day as usual. */
    WORKDAY,

    /** Saturday or Sunday, a rest day as usual (including the weekend days inside a holiday period). */
    WEEKEND,

    /** 放假: a rest day on a Monday to Friday, given by a holiday arrangement or an override. */
    HOLIDAY,

    /** 调休上班: a Saturday or Sunday made a working day. */
    ADJUSTED_WORKDAY;

    /** Whether people work on this kind of day: {@link #WORKDAY} and {@link #ADJUSTED_WORKDAY}. */
    public boolean isWorking() {
        return this == WORKDAY || this == ADJUSTED_WORKDAY;
    }

    /** Whether this kind is a rest day: {@link #WEEKEND} and {@link #HOLIDAY}. */
    public boolean isRest() {
        return !isWorking();
    }

    /** Whether this kind departs from the Monday-to-Friday rule: {@link #HOLIDAY} and {@link #ADJUSTED_WORKDAY}. */
    public boolean isException() {
        return this == HOLIDAY || this == ADJUSTED_WORKDAY;
    }

    /**
     * The kind's code in calendar.csv: {@code HOLIDAY} for {@link #HOLIDAY}, {@code WORKDAY} for
     * {@link #ADJUSTED_WORKDAY}; empty for the two kinds that follow the weekly rule and are
     * therefore not written.
     */
    public String csvCode() {
        return switch (this) {
            case HOLIDAY -> "HOLIDAY";
            case ADJUSTED_WORKDAY -> "WORKDAY";
            default -> "";
        };
    }

    /** Whether the date is a Saturday or a Sunday. */
    public static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** The kind the Monday-to-Friday rule gives the date: {@link #WEEKEND} or {@link #WORKDAY}. */
    public static DayKind weekly(LocalDate date) {
        return isWeekend(date) ? WEEKEND : WORKDAY;
    }

    /** The kind of the date when it is a rest day: {@link #WEEKEND} on a weekend, else {@link #HOLIDAY}. */
    public static DayKind restOn(LocalDate date) {
        return isWeekend(date) ? WEEKEND : HOLIDAY;
    }

    /** The kind of the date when it is a working day: {@link #ADJUSTED_WORKDAY} on a weekend, else {@link #WORKDAY}. */
    public static DayKind workOn(LocalDate date) {
        return isWeekend(date) ? ADJUSTED_WORKDAY : WORKDAY;
    }

    /** Whether this kind can be the kind of the date: {@code HOLIDAY} and {@code WORKDAY} on weekdays, the others on weekends. */
    public boolean fits(LocalDate date) {
        return isWeekend(date) == (this == WEEKEND || this == ADJUSTED_WORKDAY);
    }
}
