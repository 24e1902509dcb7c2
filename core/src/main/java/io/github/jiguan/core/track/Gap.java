package io.github.jiguan.core.track;

import io.github.jiguan.core.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * A gap in a vehicle's positions longer than the policy's maximum: it ends whatever trip or
 * stationary spell was in progress (docs/reconciliation.md).
 *
 * @param from the last position before it
 * @param to   the first position after it
 */
public record Gap(Instant from, Instant to) {

    /** Validates the fields. */
    public Gap {
        Checks.notNull("from", from);
        Checks.notNull("to", to);
    }

    /** Its length. */
    public Duration duration() {
        return Duration.between(from, to);
    }
}
