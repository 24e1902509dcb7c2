package io.github.jiguan.core.finding;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What span a finding covers: an interval of time (a trip, an order window, a stay, a run of days
 * as instants) or a span of Beijing dates (an audit date, a month, a year).
 */
public sealed interface Coverage {

    /** The first instant covered; for dates, the start of the first day in Beijing time. */
    Instant start();

    /** The last instant covered; for dates, the start of the day after the last, in Beijing time. */
    Instant end();

    /** The closed interval [start, end] of time. */
    static Interval between(Instant start, Instant end) {
        return new Interval(start, end);
    }

    /** One Beijing day, such as the date of an audit. */
    static Dates on(LocalDate date) {
        return new Dates(date, date);
    }

    /** The days from {@code first} to {@code last}, both included. */
    static Dates days(LocalDate first, LocalDate last) {
        return new Dates(first, last);
    }

    /** A calendar month. */
    static Dates month(YearMonth month) {
        return new Dates(month.atDay(1), month.atEndOfMonth());
    }

    /** A calendar year. */
    static Dates year(int year) {
        return new Dates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * An interval of time, both ends included.
     *
     * @param start the first instant
     * @param end   the last instant, not before the start
     */
    record Interval(Instant start, Instant end) implements Coverage {
        /** Validates the ends. */
        public Interval {
            Checks.notNull("start", start);
            Checks.notNull("end", end);
            if (end.isBefore(start)) {
                throw new InvalidValueException("end", "must not be before start " + start, end);
            }
        }
    }

    /**
     * Beijing dates, both ends included.
     *
     * @param first the first day
     * @param last  the last day, not before the first
     */
    record Dates(LocalDate first, LocalDate last) implements Coverage {
        /** Validates the ends. */
        public Dates {
            Checks.notNull("first", first);
            Checks.notNull("last", last);
            if (last.isBefore(first)) {
                throw new InvalidValueException("last", "must not be before first " + first, last);
            }
        }

        @Override
        public Instant start() {
            return ChinaTime.startOf(first);
        }

        @Override
        public Instant end() {
            return ChinaTime.startOf(last.plusDays(1));
        }
    }
}
