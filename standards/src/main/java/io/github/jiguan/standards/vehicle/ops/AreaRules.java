package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.fleet.AreaAssignment;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.CleanTrack;
import io.github.jiguan.core.ChinaTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 电子围栏: enforcement vehicles outside their areas, and vehicles away from their parking place without an order. */
final class AreaRules {

    private AreaRules() {
    }

    /** A run of consecutive positions outside the areas by more than the threshold. */
    record Spell(int first, int last, double maxMetres) {
    }

    static List<Finding> run(OpsContext c) {
        List<Finding> findings = new ArrayList<>();
        if (c.period().isEmpty() || c.data.areas().isEmpty()) {
            return findings;
        }
        AuditPeriod period = c.period().get();
        for (Vehicle v : c.inService()) {
            CleanTrack t = c.tracks.get(v.id()).track();
            if (c.standard.areaCategories().contains(v.category())) {
                List<AreaAssignment> areas = areasOf(c, v, AreaAssignment.Purpose.ENFORCEMENT);
                for (Spell s : spells(t, areas, 0, period)) {
                    findings.add(finding(c, v, OpsFindingType.AREA_EXIT, t, s, areas, 0,
                            "area.categories", "执法执勤用车在划定区域内使用"));
                }
            }
            List<AreaAssignment> parking = areasOf(c, v, AreaAssignment.Purpose.PARKING);
            double alarm = c.standard.parkingAlarmMetres();
            for (Spell s : spells(t, parking, alarm, period)) {
                if (!covered(c, v, t.instant(s.first()), t.instant(s.last()))) {
                    findings.add(finding(c, v, OpsFindingType.LEFT_PARKING_WITHOUT_ORDER, t, s, parking, alarm,
                            "parking.alarm_m", "无派车单离开停放点不超过 " + Math.round(alarm) + " 米"));
                }
            }
        }
        return findings;
    }

    /** The vehicle's own areas of the purpose, else its unit's. */
    static List<AreaAssignment> areasOf(OpsContext c, Vehicle v, AreaAssignment.Purpose purpose) {
        List<AreaAssignment> own = c.data.areas().stream()
                .filter(a -> a.purpose() == purpose && a.vehicleId().map(v.id()::equals).orElse(false)).toList();
        return !own.isEmpty() ? own : c.data.areas().stream().filter(a -> a.purpose() == purpose
                && a.vehicleId().isEmpty() && a.agencyId().map(v.agencyId()::equals).orElse(false)).toList();
    }

    /** The spells of positions in the period farther than {@code threshold} outside every area. */
    static List<Spell> spells(CleanTrack t, List<AreaAssignment> areas, double threshold, AuditPeriod period) {
        List<Spell> spells = new ArrayList<>();
        if (areas.isEmpty()) {
            return spells;
        }
        long from = period.start(ChinaTime.ZONE).toEpochMilli();
        long to = period.end(ChinaTime.ZONE).toEpochMilli();
        int first = -1;
        double max = 0;
        for (int i = 0; i < t.positionCount(); i++) {
            double out = t.time(i) < from || t.time(i) >= to ? 0 : outside(t, i, areas);
            if (out > threshold) {
                first = first < 0 ? i : first;
                max = Math.max(max, out);
            } else if (first >= 0) {
                spells.add(new Spell(first, i - 1, max));
                first = -1;
                max = 0;
            }
        }
        if (first >= 0) {
            spells.add(new Spell(first, t.positionCount() - 1, max));
        }
        return spells;
    }

    private static double outside(CleanTrack t, int i, List<AreaAssignment> areas) {
        double best = Double.MAX_VALUE;
        for (AreaAssignment a : areas) {
            best = Math.min(best, a.fence().metresOutside(t.position(i)));
        }
        return best;
    }

    private static boolean covered(OpsContext c, Vehicle v, Instant first, Instant last) {
        for (DispatchOrder o : c.orders(v.id())) {
            if (!o.windowStart().minus(c.tolerance).isAfter(last) && !o.windowEnd().plus(c.tolerance).isBefore(first)) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(OpsContext c, Vehicle v, OpsFindingType type, CleanTrack t, Spell s,
                                   List<AreaAssignment> areas, double alarm, String key, String figure) {
        Instant first = t.instant(s.first());
        Instant last = t.instant(s.last());
        return OpsContext.about(type, v, Coverage.between(first, last), c.standard.cite(key, figure),
                new OpsEvidence.OutsideArea(areas.stream().map(AreaAssignment::areaId).toList(), first, last,
                        s.last() - s.first() + 1, s.maxMetres(), alarm));
    }
}
