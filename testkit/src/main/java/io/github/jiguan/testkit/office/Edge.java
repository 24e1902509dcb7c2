package io.github.jiguan.testkit.office;

/**
 * Which side of a rule's threshold a ledger case lies on: the last value the rule still allows,
 * or the first it reports.
 */
public enum Edge {
    /** At the threshold: the last value the rule allows; no finding. */
    WITHIN,
    /** One step past it (0.01 m², 0.01 yuan, one day): the first value the rule reports. */
    BEYOND;

    /** Whether a case on this side must be reported. */
    public boolean isReported() {
        return this == BEYOND;
    }
}
