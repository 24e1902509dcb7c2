package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.EnergyType;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.Trip;
import io.github.jiguan.standards.vehicle.ops.OperationsReport.AnnualCost;
import io.github.jiguan.standards.vehicle.ops.OperationsReport.EnergyComparison;
import io.github.jiguan.standards.vehicle.ops.OperationsReport.TripCost;
import io.github.jiguan.standards.vehicle.ops.OperationsReport.UnitAnnualCost;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * 单车核算: the per-trip cost sheet (each per-trip cost attached to a trip, or reported unattached),
 * the annual cost per vehicle and per unit with the year-on-year change, and new-energy against
 * fuel vehicles.
 */
final class CostSheets {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private CostSheets() {
    }

    /** {@code yuan} per 100 km, to the fen. */
    static BigDecimal per100(BigDecimal yuan, BigDecimal km) {
        return yuan.multiply(HUNDRED).divide(km, 2, RoundingMode.HALF_UP);
    }

    /** {@code a / b} to the fen. */
    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, 2, RoundingMode.HALF_UP);
    }

    /** {@code part / whole} as a share with four decimals. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    /** A trip, the order it is associated with, and the costs attached to it. */
    private static final class Row {
        final Trip trip;
        final DispatchOrder order;
        final Map<CostKind, BigDecimal> amounts = new EnumMap<>(CostKind.class);
        final List<String> ids = new ArrayList<>();

        Row(Trip trip, DispatchOrder order) {
            this.trip = trip;
            this.order = order;
        }
    }

    static List<Finding> tripCosts(OpsContext c, List<TripCost> sheet) {
        List<Finding> findings = new ArrayList<>();
        for (Vehicle v : c.register.values()) {
            List<Row> rows = rows(c, v);
            List<TripCost> unattached = new ArrayList<>();
            for (CostRecord cost : c.costs(v.id())) {
                if (!cost.kind().isPerTrip() || ChinaTime.dateOf(cost.time()).isAfter(c.asOf)) {
                    continue;
                }
                Optional<OpsEvidence.Unattached> why = attach(c, rows, cost);
                why.ifPresent(reason -> {
                    unattached.add(new TripCost(v.id(), v.plate().display(), v.agencyId(), Optional.empty(),
                            cost.orderId().map(c.orderById::get), cost.driverId(), Map.of(cost.kind(), cost.amountYuan()),
                            List.of(cost.costId()), Optional.of(reason)));
                    findings.add(OpsContext.about(OpsFindingType.COST_UNATTACHED, v, Coverage.between(cost.time(), cost.time()),
                            c.standard.cite("cost.rise_share", "单车核算：每笔行程费用关联到行程"),
                            new OpsEvidence.CostUnattached(cost.costId(), cost.kind(), cost.time(), cost.amountYuan(),
                                    cost.orderId(), reason)));
                });
            }
            for (Row r : rows) {
                sheet.add(new TripCost(v.id(), v.plate().display(), v.agencyId(), Optional.of(r.trip),
                        Optional.ofNullable(r.order), Optional.ofNullable(r.order).flatMap(DispatchOrder::driverId),
                        r.amounts, r.ids, Optional.empty()));
            }
            sheet.addAll(unattached);
        }
        return findings;
    }

    /** The vehicle's trips starting in the period, each with the order whose expanded window it overlaps most. */
    private static List<Row> rows(OpsContext c, Vehicle v) {
        List<Row> rows = new ArrayList<>();
        if (c.period().isEmpty()) {
            return rows;
        }
        AuditPeriod period = c.period().get();
        for (Trip t : c.tracks.get(v.id()).trips()) {
            if (!period.contains(t.start(), ChinaTime.ZONE)) {
                continue;
            }
            rows.add(new Row(t, Association.of(t, c.orders(v.id()), c.tolerance).orElse(null)));
        }
        return rows;
    }

    /** Attaches the cost to a row; the reason when none takes it. */
    private static Optional<OpsEvidence.Unattached> attach(OpsContext c, List<Row> rows, CostRecord cost) {
        if (c.period().isEmpty() || !c.period().get().contains(cost.time(), ChinaTime.ZONE)) {
            return Optional.of(OpsEvidence.Unattached.NO_TRAJECTORY);
        }
        List<Row> candidates = rows;
        if (cost.orderId().isPresent()) {
            DispatchOrder o = c.orderById.get(cost.orderId().get());
            if (o == null || !o.vehicleId().equals(cost.vehicleId())) {
                return Optional.of(OpsEvidence.Unattached.UNKNOWN_ORDER);
            }
            candidates = rows.stream().filter(r -> r.order == o).toList();
            if (candidates.isEmpty()) {
                return Optional.of(OpsEvidence.Unattached.ORDER_WITHOUT_TRIP);
            }
        }
        Row best = null;
        long nearest = Long.MAX_VALUE;
        for (Row r : candidates) {
            long gap = gapMillis(r.trip, cost.time());
            if (gap < nearest) {
                best = r;
                nearest = gap;
            }
        }
        if (best == null || (cost.orderId().isEmpty() && nearest > c.tolerance.toMillis())) {
            return Optional.of(OpsEvidence.Unattached.NO_TRIP);
        }
        best.amounts.merge(cost.kind(), cost.amountYuan(), BigDecimal::add);
        best.ids.add(cost.costId());
        return Optional.empty();
    }

    private static long gapMillis(Trip t, Instant at) {
        if (at.isBefore(t.start())) {
            return Duration.between(at, t.start()).toMillis();
        }
        return at.isAfter(t.end()) ? Duration.between(t.end(), at).toMillis() : 0;
    }

    static List<Finding> annual(OpsContext c, List<AnnualCost> annual, List<UnitAnnualCost> units,
                                List<EnergyComparison> energy) {
        Map<String, Map<Integer, Map<CostKind, BigDecimal>>> byVehicle = new LinkedHashMap<>();
        for (Vehicle v : c.register.values()) {
            for (CostRecord k : c.costs(v.id())) {
                if (!ChinaTime.dateOf(k.time()).isAfter(c.asOf)) {
                    byVehicle.computeIfAbsent(v.id(), x -> new TreeMap<>())
                            .computeIfAbsent(ChinaTime.dateOf(k.time()).getYear(), y -> new EnumMap<>(CostKind.class))
                            .merge(k.kind(), k.amountYuan(), BigDecimal::add);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        byVehicle.forEach((id, years) -> {
            Vehicle v = c.register.get(id);
            years.forEach((year, amounts) -> {
                Optional<BigDecimal> previous = Optional.ofNullable(years.get(year - 1))
                        .map(p -> p.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
                AnnualCost a = new AnnualCost(id, v.plate().display(), v.agencyId(), year, amounts, km(c, id, year), previous);
                annual.add(a);
                rise(c, a.change(), year).ifPresent(share -> findings.add(OpsContext.about(OpsFindingType.COST_RISE, v,
                        Coverage.year(year), riseRule(c), new OpsEvidence.CostRise(year, previous.orElseThrow(), a.total(),
                                1, 1, share, c.standard.riseShare()))));
            });
        });
        findings.addAll(units(c, annual, units));
        energy.addAll(energy(c, annual));
        return findings;
    }

    private static io.github.jiguan.core.finding.Citation riseRule(OpsContext c) {
        return c.standard.cite("cost.rise_share", "年度运行费用同比增幅不超过 " + OpsProse.percent(c.standard.riseShare()));
    }

    private static Optional<BigDecimal> rise(OpsContext c, Optional<BigDecimal> change, int year) {
        return change.filter(x -> x.compareTo(c.standard.riseShare()) > 0);
    }

    private static Optional<BigDecimal> km(OpsContext c, String vehicleId, int year) {
        if (c.period().isEmpty()) {
            return Optional.empty();
        }
        double metres = c.tracks.get(vehicleId).trips().stream()
                .filter(t -> ChinaTime.dateOf(t.start()).getYear() == year && c.period().get().contains(t.start(), ChinaTime.ZONE))
                .mapToDouble(Trip::distanceMetres).sum();
        return Optional.of(BigDecimal.valueOf(metres).divide(THOUSAND, 1, RoundingMode.HALF_UP));
    }

    private static List<Finding> units(OpsContext c, List<AnnualCost> annual, List<UnitAnnualCost> units) {
        Map<String, Map<Integer, BigDecimal>> totals = new TreeMap<>();
        Map<String, Map<Integer, Set<String>>> vehicles = new TreeMap<>();
        for (AnnualCost a : annual) {
            totals.computeIfAbsent(a.agencyId(), x -> new TreeMap<>()).merge(a.year(), a.total(), BigDecimal::add);
            vehicles.computeIfAbsent(a.agencyId(), x -> new HashMap<>()).computeIfAbsent(a.year(), y -> new HashSet<>())
                    .add(a.vehicleId());
        }
        List<Finding> findings = new ArrayList<>();
        totals.forEach((unit, years) -> {
            Map<Integer, UnitAnnualCost> done = new HashMap<>();
            years.forEach((year, total) -> {
                UnitAnnualCost before = done.get(year - 1);
                UnitAnnualCost u = new UnitAnnualCost(unit, year, total, vehicles.get(unit).get(year).size(),
                        Optional.ofNullable(before).map(UnitAnnualCost::perVehicle));
                done.put(year, u);
                units.add(u);
                rise(c, u.change(), year).ifPresent(share -> findings.add(new Finding(OpsFindingType.COST_RISE,
                        Subjects.none().withAgency(unit), Coverage.year(year), riseRule(c),
                        new OpsEvidence.CostRise(year, before.perVehicle(), u.perVehicle(), before.vehicles(),
                                u.vehicles(), share, c.standard.riseShare()))));
            });
        });
        return findings;
    }

    private static List<EnergyComparison> energy(OpsContext c, List<AnnualCost> annual) {
        Map<String, EnergyComparison.Group[]> groups = new TreeMap<>();
        for (AnnualCost a : annual) {
            Vehicle v = c.register.get(a.vehicleId());
            Optional<EnergyType> type = v.energy();
            if (type.isEmpty()) {
                continue;
            }
            String key = a.year() + "|" + v.category().name();
            EnergyComparison.Group[] g = groups.computeIfAbsent(key, k -> new EnergyComparison.Group[] {empty(), empty()});
            int side = type.get().isNewEnergy() ? 0 : 1;
            BigDecimal energyCost = a.amounts().entrySet().stream().filter(e -> e.getKey().isEnergy())
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            EnergyComparison.Group was = g[side];
            g[side] = new EnergyComparison.Group(was.vehicles() + 1, was.km().add(a.km().orElse(BigDecimal.ZERO)),
                    was.energyYuan().add(energyCost), was.totalYuan().add(a.total()));
        }
        List<EnergyComparison> rows = new ArrayList<>();
        groups.forEach((key, g) -> {
            if (g[0].vehicles() > 0 && g[1].vehicles() > 0) {
                String[] parts = key.split("\\|");
                rows.add(new EnergyComparison(Integer.parseInt(parts[0]),
                        io.github.jiguan.core.fleet.VehicleCategory.valueOf(parts[1]), g[0], g[1]));
            }
        });
        return rows;
    }

    private static EnergyComparison.Group empty() {
        return new EnergyComparison.Group(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
