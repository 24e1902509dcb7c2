package io.github.jiguan.core.finding;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;

/**
 * An interval of time inside evidence, both ends included: an order's window, its expanded window,
 * a lease's term. Written to JSON as {@code {"start": …, "end": …}}.
 *
 * @param start the first instant
 * @param end   the last instant, not before the start
 */
public record TimeSpan(Instant start, Instant end) {

    /** Validates the ends. */
    public TimeSpan {
        Checks.notNull("start", start);
        Checks.notNull("end", end);
        if (end.isBefore(start)) {
            throw new InvalidValueException("end", "must not be before start " + start, end);
        }
    }

    /** How long it lasts. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
