package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.track.Trip;
import java.time.Duration;
import java.time.Instant;

/**
 * Evidence of 事后补派 ({@link FindingType#DISPATCH_AFTER_DEPARTURE}): the order was entered after the
 * first trip associated with it had started, by more than the grace.
 *
 * @param createdAt             when the order was entered
 * @param firstTrip             the first trip associated with the order
 * @param createdAfterDeparture how long after that trip's start the order was entered
 * @param grace                 the grace allowed
 */
public record DispatchAfterDeparture(Instant createdAt, Trip firstTrip, Duration createdAfterDeparture,
                                     Duration grace) implements Evidence {
}
