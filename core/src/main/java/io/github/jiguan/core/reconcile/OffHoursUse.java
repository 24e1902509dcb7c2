package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.calendar.DayKind;
import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.TimeSpan;
import io.github.jiguan.core.track.Trip;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Evidence of 非工作时间用车 ({@link FindingType#OFF_HOURS_USE}): parts of a trip fell on rest days or
 * at night, and no associated order approved off-hours use.
 *
 * @param trip          the trip
 * @param parts         the parts of the trip off hours, in time order
 * @param nightStart    when the night begins, in Beijing time
 * @param nightEnd      when it ends
 * @param orderApproval whether the trip has an associated order (whose off_hours_approved is false);
 *                      false when it has none
 */
public record OffHoursUse(Trip trip, List<Part> parts, LocalTime nightStart, LocalTime nightEnd,
                          boolean orderApproval) implements Evidence {

    /** Copies the parts. */
    public OffHoursUse {
        parts = List.copyOf(parts);
    }

    /** Why a part is off hours. */
    public enum Reason {
        /** It falls on a rest day: a weekend or a statutory holiday. */
        REST_DAY,
        /** It falls in the night hours of a working day. */
        NIGHT
    }

    /**
     * One part of the trip off hours.
     *
     * @param span   the part
     * @param date   the Beijing date it starts on
     * @param reason rest day or night
     * @param day    the kind of that date in the work calendar
     */
    public record Part(TimeSpan span, LocalDate date, Reason reason, DayKind day) {
    }
}
