package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit period [from, to): calendar days in the reconciliation's zone, {@code to} exclusive,
 * as the CLI's {@code --from} and {@code --to} give them.
 *
 * <p>A trip belongs to the period when it starts in it, an order when its window starts in it, a
 * night when its check time falls in it; fixes and orders outside the period are still used as
 * context (a trip that starts at 23:50 the day before, an order that covers the first morning).
 *
 * @param from the first day
 * @param to   the first day after the period, after {@code from}
 */
public record AuditPeriod(LocalDate from, LocalDate to) {

    /** Validates the days. */
    public AuditPeriod {
        Checks.notNull("from", from);
        Checks.notNull("to", to);
        if (!to.isAfter(from)) {
            throw new InvalidValueException("to", "must be after from " + from + " (to is exclusive)", to);
        }
    }

    /** The period [from, to). */
    public static AuditPeriod of(LocalDate from, LocalDate to) {
        return new AuditPeriod(from, to);
    }

    /** The number of days. */
    public int days() {
        return Math.toIntExact(to.toEpochDay() - from.toEpochDay());
    }

    /** The days, ascending. */
    public List<LocalDate> dates() {
        return from.datesUntil(to).collect(Collectors.toList());
    }

    /** Whether {@code date} is in the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(to);
    }

    /** The first instant of the period in {@code zone}. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in {@code zone}. */
    public Instant end(ZoneId zone) {
        return to.atStartOfDay(zone).toInstant();
    }

    /** Whether {@code instant} is in the period in {@code zone}. */
    public boolean contains(Instant instant, ZoneId zone) {
        return !instant.isBefore(start(zone)) && instant.isBefore(end(zone));
    }

    @Override
    public String toString() {
        return "[" + from + ", " + to + ")";
    }
}
