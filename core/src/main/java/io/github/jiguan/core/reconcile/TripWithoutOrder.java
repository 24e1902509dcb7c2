package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.track.Trip;
import java.time.Duration;

/**
 * Evidence of 有轨迹无订单 ({@link FindingType#TRIP_WITHOUT_ORDER}): a trip that overlaps no expanded
 * window of its vehicle's orders.
 *
 * @param trip      the trip
 * @param tolerance T, by which every order window was widened on both sides
 */
public record TripWithoutOrder(Trip trip, Duration tolerance) implements Evidence {
}
