package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.EnergyUse;
import io.github.jiguan.core.office.Repair;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 节约型机关: the yearly figures per unit and per building (water per head, energy per m² in kgce
 * after GB/T 2589), year-on-year rises above the target, and the payback of retrofits.
 */
final class Energy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Energy() {
    }

    /**
     * The figures: one per (unit, building, year) from rows with a building, and one per (unit,
     * year): the unit's rows without a building when it has any that year, else the sum of its
     * building rows (floor areas added, the largest head count).
     */
    static List<EnergyFigure> figures(List<EnergyUse> rows, LedgerRules rules) {
        Map<String, List<EnergyUse>> groups = new TreeMap<>();
        for (EnergyUse e : rows) {
            groups.computeIfAbsent(e.agencyId() + "\u0000" + e.buildingId() + "\u0000" + e.year(), k -> new ArrayList<>())
                    .add(e);
        }
        Map<String, EnergyFigure> byKey = new LinkedHashMap<>();
        groups.values().forEach(g -> {
            EnergyUse first = g.get(0);
            byKey.put(first.agencyId() + "\u0000" + first.buildingId() + "\u0000" + first.year(),
                    figure(first.agencyId(), first.buildingId(), first.year(), first.persons(), first.floorArea(), g, rules));
        });
        Map<String, List<EnergyFigure>> unitYears = new TreeMap<>();
        byKey.values().stream().filter(f -> !f.buildingId().isEmpty()).forEach(f ->
                unitYears.computeIfAbsent(f.agencyId() + "\u0000\u0000" + f.year(), k -> new ArrayList<>()).add(f));
        unitYears.forEach((key, fs) -> byKey.computeIfAbsent(key, k -> new EnergyFigure(fs.get(0).agencyId(), "",
                fs.get(0).year(), fs.stream().mapToInt(EnergyFigure::persons).max().orElseThrow(),
                fs.stream().map(EnergyFigure::floorArea).reduce(Area.ZERO, Area::plus),
                fs.stream().map(EnergyFigure::waterTonnes).reduce(BigDecimal.ZERO, BigDecimal::add),
                fs.stream().map(EnergyFigure::kgce).reduce(BigDecimal.ZERO, BigDecimal::add))));
        return byKey.values().stream().sorted(Comparator.comparing(EnergyFigure::agencyId)
                .thenComparing(EnergyFigure::buildingId).thenComparingInt(EnergyFigure::year)).toList();
    }

    private static EnergyFigure figure(String agency, String building, int year, int persons, Area area,
                                       List<EnergyUse> rows, LedgerRules rules) {
        BigDecimal water = BigDecimal.ZERO;
        BigDecimal kgce = BigDecimal.ZERO;
        for (EnergyUse e : rows) {
            if (e.carrier().equals(LedgerCsv.WATER)) {
                water = water.add(e.quantity());
            } else {
                kgce = kgce.add(e.quantity().multiply(rules.factor(e.carrier()).orElseThrow(() ->
                        new IllegalArgumentException("no GB/T 2589 factor for carrier " + e.carrier())).kgce()));
            }
        }
        return new EnergyFigure(agency, building, year, persons, area, water, kgce);
    }

    static void audit(AuditContext c, List<EnergyFigure> figures) {
        Map<String, EnergyFigure> byKey = new LinkedHashMap<>();
        figures.forEach(f -> byKey.put(key(f.agencyId(), f.buildingId(), f.year()), f));
        for (EnergyFigure f : figures) {
            EnergyFigure prev = byKey.get(key(f.agencyId(), f.buildingId(), f.year() - 1));
            if (prev != null) {
                rise(c, f, LedgerEvidence.Metric.WATER_PER_HEAD, prev.waterPerHead(), f.waterPerHead());
                rise(c, f, LedgerEvidence.Metric.ENERGY_PER_SQUARE_METRE, prev.kgcePerSquareMetre(),
                        f.kgcePerSquareMetre());
            }
        }
        c.ledger.repairs().stream().filter(Repair::isRetrofit).sorted(Comparator.comparing(Repair::id))
                .forEach(r -> payback(c, r));
    }

    private static String key(String agency, String building, int year) {
        return agency + "\u0000" + building + "\u0000" + year;
    }

    private static void rise(AuditContext c, EnergyFigure f, LedgerEvidence.Metric metric, BigDecimal prev,
                             BigDecimal cur) {
        if (prev.signum() == 0) {
            return;
        }
        BigDecimal max = c.rules.maxRisePercent();
        BigDecimal rise = cur.subtract(prev).multiply(HUNDRED).divide(prev, 2, RoundingMode.HALF_UP);
        if (cur.subtract(prev).multiply(HUNDRED).compareTo(max.multiply(prev)) <= 0) {
            return;
        }
        Subjects s = Subjects.none().withAgency(f.agencyId()).withBuilding(f.buildingId().isEmpty() ? null
                : f.buildingId());
        c.add(LedgerFindingType.ENERGY_RISE, s, Coverage.year(f.year()), c.rules.cite("energy.max_rise_percent",
                "人均用水量、单位建筑面积能耗同比上升不超过 " + max.toPlainString() + "%"),
                new LedgerEvidence.EnergyRise(metric, f.year(), prev, cur, rise, max));
    }

    private static void payback(AuditContext c, Repair r) {
        BigDecimal max = c.rules.maxPaybackYears();
        BigDecimal saving = r.annualSavingYuan();
        if (saving.signum() > 0 && r.costYuan().compareTo(max.multiply(saving)) <= 0) {
            return;
        }
        java.util.Optional<BigDecimal> years = saving.signum() == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(r.costYuan().divide(saving, 1, RoundingMode.HALF_UP));
        c.add(LedgerFindingType.RETROFIT_PAYBACK_LONG, Subjects.none().withBuilding(r.buildingId())
                        .withAgency(r.agencyId().isEmpty() ? null : r.agencyId()), Coverage.on(r.startedOn()),
                c.rules.cite("energy.max_payback_years", "节能改造投资回收期不超过 " + max.toPlainString() + " 年"),
                new LedgerEvidence.Payback(r.costYuan(), saving, years, max));
    }
}
