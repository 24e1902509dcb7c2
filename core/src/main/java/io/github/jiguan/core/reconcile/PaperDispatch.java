package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.TimeSpan;
import java.time.Instant;

/**
 * Evidence of 纸质派车 ({@link FindingType#PAPER_DISPATCH}): the order came through the paper channel.
 *
 * @param window    the order's window
 * @param createdAt when it was entered in the platform
 */
public record PaperDispatch(TimeSpan window, Instant createdAt) implements Evidence {
}
