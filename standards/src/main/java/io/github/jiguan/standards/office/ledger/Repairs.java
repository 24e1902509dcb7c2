package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.office.Repair;
import io.github.jiguan.core.office.RepairKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** 大中修: projects without approval, major repairs sooner than the interval, projects split under the threshold. */
final class Repairs {

    private Repairs() {
    }

    static void audit(AuditContext c) {
        Map<String, List<Repair>> byBuilding = new TreeMap<>();
        c.ledger.repairs().stream().sorted(Comparator.comparing(Repair::startedOn).thenComparing(Repair::id))
                .forEach(r -> byBuilding.computeIfAbsent(r.buildingId(), k -> new ArrayList<>()).add(r));
        byBuilding.values().forEach(rs -> {
            rs.forEach(r -> unapproved(c, r));
            tooSoon(c, rs);
            splits(c, rs.stream().filter(Repair::isProject).toList());
        });
    }

    private static Subjects subjects(Repair r) {
        return Subjects.none().withBuilding(r.buildingId()).withAgency(r.agencyId().isEmpty() ? null : r.agencyId());
    }

    private static void unapproved(AuditContext c, Repair r) {
        if (c.rules.approvalKinds().contains(r.kind()) && !r.isApproved()) {
            c.add(LedgerFindingType.REPAIR_WITHOUT_APPROVAL, subjects(r), Coverage.on(r.startedOn()),
                    c.rules.cite("repair.approval_required", "大中修项目须经审批"),
                    new LedgerEvidence.RepairFacts(r.kind(), r.startedOn(), r.costYuan()));
        }
    }

    private static void tooSoon(AuditContext c, List<Repair> rs) {
        int years = c.rules.majorIntervalYears();
        Repair previous = null;
        for (Repair r : rs) {
            if (r.kind() != RepairKind.MAJOR) {
                continue;
            }
            if (previous != null && r.startedOn().isBefore(previous.startedOn().plusYears(years))) {
                c.add(LedgerFindingType.REPAIR_TOO_SOON, subjects(r), Coverage.days(previous.startedOn(), r.startedOn()),
                        c.rules.cite("repair.major_interval_years", "两次大修间隔不少于 " + years + " 年"),
                        new LedgerEvidence.RepairTooSoon(previous.id(), previous.startedOn(), r.startedOn(), years));
            }
            previous = r;
        }
    }

    /**
     * Groups of two or more projects on one building starting within the window of the first, each
     * under the threshold and together at or over it; a project is reported in one group at most.
     */
    private static void splits(AuditContext c, List<Repair> rs) {
        BigDecimal threshold = c.rules.approvalThresholdYuan();
        int months = c.rules.splitWindowMonths();
        List<Repair> small = rs.stream().filter(r -> r.costYuan().compareTo(threshold) < 0).toList();
        int i = 0;
        while (i < small.size()) {
            Repair first = small.get(i);
            List<Repair> group = new ArrayList<>();
            for (int j = i; j < small.size() && small.get(j).startedOn().isBefore(first.startedOn().plusMonths(months)); j++) {
                group.add(small.get(j));
            }
            BigDecimal total = group.stream().map(Repair::costYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (group.size() < 2 || total.compareTo(threshold) < 0) {
                i++;
                continue;
            }
            Repair last = group.get(group.size() - 1);
            c.add(LedgerFindingType.REPAIR_SPLIT, subjects(first), Coverage.days(first.startedOn(), last.startedOn()),
                    c.rules.cite("repair.approval_threshold_yuan", "单项 "
                            + io.github.jiguan.core.finding.Prose.yuan(threshold, io.github.jiguan.core.finding.Language.ZH)
                            + "以上须审批；" + months + " 个月内同一建筑的项目合并计算"),
                    new LedgerEvidence.RepairSplit(group.stream().map(Repair::id).toList(),
                            group.stream().map(Repair::costYuan).toList(), total, threshold, months));
            i += group.size();
        }
    }
}
