package io.github.jiguan.core.calendar;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * A half-open interval of time {@code [start, end)}: it contains {@code start} and every instant
 * before {@code end}, but not {@code end} itself. Two intervals that only touch (one's end is the
 * other's start) do not overlap. An interval with {@code start == end} is empty.
 *
 * @param start the first instant inside the interval
 * @param end   the first instant after the interval; not before {@code start}
 */
public record TimeInterval(Instant start, Instant end) {

    /**
     * Checks the bounds.
     *
     * @throws InvalidValueException when a bound is null or {@code end} is before {@code start}
     */
    public TimeInterval {
        Checks.notNull("start", start);
        Checks.notNull("end", end);
        if (end.isBefore(start)) {
            throw new InvalidValueException("end", "must not be before start " + start, end);
        }
    }

    /** The interval {@code [start, end)}. */
    public static TimeInterval of(Instant start, Instant end) {
        return new TimeInterval(start, end);
    }

    /** Whether {@code start <= instant < end}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Whether the two intervals share at least one instant; touching ends do not count. */
    public boolean overlaps(TimeInterval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** Whether the interval holds no instant ({@code start == end}). */
    public boolean isEmpty() {
        return start.equals(end);
    }

    /** The length of the interval. */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** ISO-8601 interval form, {@code 2025-01-06T14:00:00Z/2025-01-06T22:00:00Z}. */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
