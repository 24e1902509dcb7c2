package io.github.jiguan.testkit.county;

import io.github.jiguan.core.reconcile.FindingType;
import java.time.Instant;

/**
 * A violation the generator put into a sample on purpose, with the finding the reconciliation
 * must report for it.
 *
 * @param type      the finding expected
 * @param vehicleId the vehicle
 * @param orderId   the order, or empty
 * @param start     the start of the interval expected (exact for orders and days; for trips the
 *                  first moving fix, which the reconciliation reports as the trip's start)
 * @param end       the end of the interval expected
 * @param what      what was done, in words
 */
public record Injected(FindingType type, String vehicleId, String orderId, Instant start, Instant end, String what) {
}
