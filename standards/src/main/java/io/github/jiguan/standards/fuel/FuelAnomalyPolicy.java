package io.github.jiguan.standards.fuel;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import java.math.BigDecimal;

/**
 * When a month's fuel use is an anomaly (油耗异常): its L/100 km is more than {@code factor} times
 * the median of the vehicle's own earlier months, or of the other vehicles of its category in the
 * same month, or either, or both. A comparison needs at least {@code minSamples} figures to
 * compare with; with fewer, it does not flag.
 *
 * @param rule       which comparison flags
 * @param factor     how many times the median is too much, greater than 1
 * @param minSamples the fewest earlier months (or peer vehicles) a median is taken from, at least 1
 */
public record FuelAnomalyPolicy(Rule rule, BigDecimal factor, int minSamples) {

    /** Either comparison, 1.5 times the median, at least 3 figures. */
    public static final FuelAnomalyPolicy DEFAULT = new FuelAnomalyPolicy(Rule.EITHER, new BigDecimal("1.5"), 3);

    /** Which comparison flags an anomaly. */
    public enum Rule {
        /** Against the median of the vehicle's own earlier months. */
        OWN_HISTORY,
        /** Against the median of the other vehicles of its category in the same month. */
        CATEGORY_MEDIAN,
        /** Either comparison flags. */
        EITHER,
        /** Both comparisons must flag. */
        BOTH
    }

    /** Validates the fields. */
    public FuelAnomalyPolicy {
        Checks.notNull("anomaly rule", rule);
        Checks.notNull("anomaly factor", factor);
        if (factor.compareTo(BigDecimal.ONE) <= 0) {
            throw new InvalidValueException("anomaly factor", "must be greater than 1", factor);
        }
        Checks.inRange("minimum samples", minSamples, 1, 1000);
    }
}
