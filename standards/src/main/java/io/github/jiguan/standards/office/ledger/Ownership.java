package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.office.BuildingRecord;
import io.github.jiguan.core.office.OwnershipStatus;
import io.github.jiguan.core.office.Title;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/** Ownership: not registered or filed by the deadline; registered to a holder other than the bureau. */
final class Ownership {

    private Ownership() {
    }

    static void audit(AuditContext c) {
        c.ledger.buildings().values().stream().sorted(Comparator.comparing(BuildingRecord::id)).forEach(b -> {
            overdue(c, b);
            holder(c, b);
        });
    }

    private static void overdue(AuditContext c, BuildingRecord b) {
        Title t = b.title();
        if (t.isSettled() || !c.asOf.isAfter(c.rules.deadline())) {
            return;
        }
        c.onBuilding(LedgerFindingType.OWNERSHIP_OVERDUE, b,
                c.rules.cite("ownership.deadline", c.rules.deadline() + " 前完成权属登记或备案"),
                new LedgerEvidence.OwnershipOverdue(t.status(), t.reason(), t.isSurveyed(), c.rules.deadline(), c.asOf,
                        ChronoUnit.DAYS.between(c.rules.deadline(), c.asOf)));
    }

    private static void holder(AuditContext c, BuildingRecord b) {
        Title t = b.title();
        String required = c.rules.holderContains();
        if (t.status() != OwnershipStatus.REGISTERED || t.holder().isEmpty() || t.holder().contains(required)
                || !c.rules.holderUses().contains(b.use())) {
            return;
        }
        c.onBuilding(LedgerFindingType.HOLDER_NOT_BUREAU, b,
                c.rules.cite("ownership.holder_contains", "权利人为机关事务管理部门（名称含“" + required + "”）"),
                new LedgerEvidence.HolderMismatch(t.holder(), t.certificateNumber(), b.use(), required));
    }
}
