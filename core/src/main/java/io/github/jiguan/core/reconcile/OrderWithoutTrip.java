package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.TimeSpan;
import java.time.Duration;

/**
 * Evidence of 有订单无轨迹 ({@link FindingType#ORDER_WITHOUT_TRIP}) and of 订单期间终端离线
 * ({@link FindingType#ORDER_UNVERIFIED_OFFLINE}): no trip overlaps the order's expanded window.
 *
 * @param window         the order's window [start, end]
 * @param expandedWindow the window widened by T on both sides
 * @param tolerance      T
 * @param fixesInWindow  whether the terminal reported at least one fix inside the window itself:
 *                       true for ORDER_WITHOUT_TRIP, false for ORDER_UNVERIFIED_OFFLINE
 */
public record OrderWithoutTrip(TimeSpan window, TimeSpan expandedWindow, Duration tolerance, boolean fixesInWindow)
        implements Evidence {
}
