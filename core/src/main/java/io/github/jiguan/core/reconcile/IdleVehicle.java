package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Evidence;
import java.time.LocalDate;

/**
 * Evidence of 长期不出行 ({@link FindingType#IDLE_VEHICLE}): a run of days in service without a trip,
 * with the terminal online on enough of them to trust it.
 *
 * @param firstDay        the first day without a trip
 * @param lastDay         the last one
 * @param daysWithoutTrip the days of the run
 * @param daysOnline      the days of the run on which the terminal reported
 * @param thresholdDays   the fewest days that count
 * @param minOnlineShare  the smallest share of days online that counts
 */
public record IdleVehicle(LocalDate firstDay, LocalDate lastDay, int daysWithoutTrip, int daysOnline,
                          int thresholdDays, double minOnlineShare) implements Evidence {
}
