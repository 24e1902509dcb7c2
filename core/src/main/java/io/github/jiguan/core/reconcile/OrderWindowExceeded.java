package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.TimeSpan;
import io.github.jiguan.core.track.Trip;
import java.time.Duration;

/**
 * Evidence of 超出派车时段 ({@link FindingType#ORDER_WINDOW_EXCEEDED}): a trip that overlaps its
 * order's expanded window but is not inside it.
 *
 * @param trip                        the trip
 * @param window                      the order's window [start, end]
 * @param expandedWindow              the window widened by T on both sides
 * @param tolerance                   T
 * @param startedBeforeExpandedWindow how long before the expanded window the trip started (zero if it did not)
 * @param endedAfterExpandedWindow    how long after the expanded window the trip ended (zero if it did not)
 */
public record OrderWindowExceeded(Trip trip, TimeSpan window, TimeSpan expandedWindow, Duration tolerance,
                                  Duration startedBeforeExpandedWindow, Duration endedAfterExpandedWindow)
        implements Evidence {
}
