package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.office.SafetyGrade;
import io.github.jiguan.testkit.office.LedgerFigures;
import java.util.Arrays;

/** The testkit's figures read from the rules under test, so the cases sit on the rules' own thresholds. */
final class RulesFigures {

    private RulesFigures() {
    }

    static LedgerFigures of(LedgerRules r) {
        SafetyGrade safe = Arrays.stream(SafetyGrade.values()).filter(g -> !r.relocationGrades().contains(g))
                .findFirst().orElseThrow();
        return new LedgerFigures(r.ledgerAreaTolerance(), r.certificateTolerancePercent(), r.holderContains(),
                r.unitDocuments(), r.registeredDocuments(), r.filedDocuments(), r.deadline(), r.sufficientIdlePercent(),
                r.rentCeilingYuanPerSquareMetreYear(), r.idleMonths(), r.majorIntervalYears(), r.approvalThresholdYuan(),
                r.splitWindowMonths(), r.relocationGrades().get(0), safe, r.appraisalAgeYears(),
                r.appraisalIntervalYears(), r.maxRisePercent(), r.maxPaybackYears());
    }
}
