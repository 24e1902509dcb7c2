package io.github.jiguan.testkit.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.office.DocumentKind;
import io.github.jiguan.core.office.SafetyGrade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of the ledger rules under test, as the ledger cases need them. The testkit depends on
 * core only, so a suite fills this from the rules it tests (jiguan-standards' {@code LedgerRules}).
 *
 * @param ledgerAreaToleranceM2       账账: the area difference tolerated, m²
 * @param certificateTolerancePercent 账证: the tolerance in percent of the certificate's area
 * @param holderContains              what the bureau's name contains
 * @param unitDocuments               the documents of a unit's file
 * @param registeredDocuments         the documents of a registered property's file
 * @param filedDocuments              the documents of a filed property's file
 * @param deadline                    the registration deadline
 * @param sufficientIdlePercent       idle space of this percent of a lease in counts as sufficient
 * @param rentCeilingYuan             the rent ceiling per m² a year
 * @param idleMonths                  the months space may stand idle without a reason
 * @param majorIntervalYears          the shortest interval between major repairs
 * @param approvalThresholdYuan       the cost from which a repair needs approval
 * @param splitWindowMonths           the window for split projects
 * @param relocationGrade             a grade that is a ground for relocation
 * @param safeGrade                   a grade that is not
 * @param appraisalAgeYears           the age from which appraisals are required
 * @param appraisalIntervalYears      the longest interval between appraisals
 * @param maxRisePercent              the largest year-on-year rise allowed
 * @param maxPaybackYears             the longest retrofit payback allowed
 */
public record LedgerFigures(BigDecimal ledgerAreaToleranceM2, BigDecimal certificateTolerancePercent,
                            String holderContains, List<DocumentKind> unitDocuments,
                            List<DocumentKind> registeredDocuments, List<DocumentKind> filedDocuments,
                            LocalDate deadline, BigDecimal sufficientIdlePercent, BigDecimal rentCeilingYuan,
                            int idleMonths, int majorIntervalYears, BigDecimal approvalThresholdYuan,
                            int splitWindowMonths, SafetyGrade relocationGrade, SafetyGrade safeGrade,
                            int appraisalAgeYears, int appraisalIntervalYears, BigDecimal maxRisePercent,
                            BigDecimal maxPaybackYears) {

    /** Validates the fields and copies the lists. */
    public LedgerFigures {
        Checks.notNull("ledger area tolerance", ledgerAreaToleranceM2);
        Checks.notNull("certificate tolerance", certificateTolerancePercent);
        holderContains = Checks.notBlank("holder contains", holderContains);
        unitDocuments = Checks.listOf("unit documents", unitDocuments);
        registeredDocuments = Checks.listOf("registered documents", registeredDocuments);
        filedDocuments = Checks.listOf("filed documents", filedDocuments);
        Checks.notNull("deadline", deadline);
        Checks.notNull("sufficient idle percent", sufficientIdlePercent);
        Checks.notNull("rent ceiling", rentCeilingYuan);
        Checks.notNull("approval threshold", approvalThresholdYuan);
        Checks.notNull("relocation grade", relocationGrade);
        Checks.notNull("safe grade", safeGrade);
        Checks.notNull("max rise", maxRisePercent);
        Checks.notNull("max payback", maxPaybackYears);
    }
}
