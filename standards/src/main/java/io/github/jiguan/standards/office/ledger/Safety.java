package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.office.BuildingRecord;
import io.github.jiguan.core.office.SafetyAppraisal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/** Safety: C and D buildings as a ground for relocation; appraisals overdue for buildings whose age or use requires them. */
final class Safety {

    private Safety() {
    }

    static void audit(AuditContext c) {
        c.ledger.buildings().values().stream().sorted(Comparator.comparing(BuildingRecord::id)).forEach(b -> {
            b.latestAppraisal().filter(a -> c.rules.relocationGrades().contains(a.grade())).ifPresent(a ->
                    c.onBuilding(LedgerFindingType.SAFETY_RELOCATION, b, c.rules.cite("safety.relocation_grades",
                            "经鉴定为 " + a.grade().chineseName() + " 的危房，可申请新配置办公用房"),
                            new LedgerEvidence.Unsafe(a.grade(), a.date(), b.builtYear())));
            overdue(c, b);
        });
    }

    /**
     * A building needs appraisals from the 1 January of the year it reaches the age threshold, or
     * from the 1 January after it was built when its use requires them. From then on it is
     * overdue on any day after that date with no appraisal, or more than the interval after the last.
     */
    private static void overdue(AuditContext c, BuildingRecord b) {
        int ageYears = c.rules.appraisalAgeYears();
        int interval = c.rules.appraisalIntervalYears();
        boolean byUse = c.rules.appraisalUses().contains(b.use());
        LocalDate byAge = LocalDate.of(b.builtYear() + ageYears, 1, 1);
        LocalDate required = byUse ? LocalDate.of(b.builtYear() + 1, 1, 1) : byAge;
        if (c.asOf.isBefore(required)) {
            return;
        }
        Optional<LocalDate> last = b.latestAppraisal().map(SafetyAppraisal::date);
        LocalDate due = last.map(d -> d.plusYears(interval)).orElse(required);
        if (!c.asOf.isAfter(due)) {
            return;
        }
        c.onBuilding(LedgerFindingType.SAFETY_APPRAISAL_OVERDUE, b, c.rules.cite(byUse ? "safety.appraisal_uses"
                        : "safety.appraisal_age_years", (byUse ? b.use().chineseName() + "建筑" : "建成满 " + ageYears
                        + " 年的建筑") + "每 " + interval + " 年至少鉴定一次"),
                new LedgerEvidence.AppraisalOverdue(b.builtYear(), c.asOf.getYear() - b.builtYear(), b.use(), last, due,
                        ageYears, interval));
    }
}
