package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Evidence;
import java.time.LocalDate;

/**
 * Evidence of 终端离线 ({@link FindingType#TERMINAL_OFFLINE}): consecutive days in service with no
 * fix at all.
 *
 * @param firstDay the first day without a fix
 * @param lastDay  the last one
 * @param days     the days of the run
 */
public record TerminalOffline(LocalDate firstDay, LocalDate lastDay, int days) implements Evidence {
}
