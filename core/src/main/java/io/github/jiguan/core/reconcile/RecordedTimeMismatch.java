package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.track.Trip;
import java.time.Duration;
import java.time.Instant;

/**
 * Evidence of 出车时间与轨迹不符 ({@link FindingType#CHECKOUT_MISMATCH}) and 收车时间与轨迹不符
 * ({@link FindingType#CHECKIN_MISMATCH}): the recorded check-out (check-in) is further from the
 * first associated trip's start (the last one's end) than the tolerance.
 *
 * @param recordedAt the recorded check-out or check-in
 * @param trackAt    the moment of the trajectory it was compared with: the first trip's start or the last trip's end
 * @param trip       that trip
 * @param difference the time between the two
 * @param tolerance  the tolerance allowed
 */
public record RecordedTimeMismatch(Instant recordedAt, Instant trackAt, Trip trip, Duration difference,
                                   Duration tolerance) implements Evidence {
}
