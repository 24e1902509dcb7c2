package io.github.jiguan.standards.fuel;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.fleet.FuelRecord;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.standards.vehicle.VehicleConfigurationStandard;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.standards.vehicle.VehicleAudit;
import io.github.jiguan.standards.vehicle.VehicleEvidence;
import io.github.jiguan.standards.vehicle.VehicleFindingType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes the per-vehicle fuel disclosure (单车油耗公示): for each vehicle and calendar month with
 * refuellings, the litres, the amount, the distance from a {@link DistanceSource} and the L/100 km,
 * and flags {@code FUEL_ANOMALY} by a {@link FuelAnomalyPolicy}. Thread-safe.
 */
public final class FuelDisclosure {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final VehicleConfigurationStandard standard;
    private final FuelAnomalyPolicy policy;
    private final ZoneId zone;

    /** A disclosure citing {@code standard}'s disclosure rule, with the given policy and zone. */
    public FuelDisclosure(VehicleConfigurationStandard standard, FuelAnomalyPolicy policy, ZoneId zone) {
        this.standard = Checks.notNull("standard", standard);
        this.policy = Checks.notNull("policy", policy);
        this.zone = Checks.notNull("zone", zone);
    }

    /** A disclosure under the national standard, the default policy, in China Standard Time. */
    public static FuelDisclosure national() {
        return new FuelDisclosure(VehicleConfigurationStandard.national(), FuelAnomalyPolicy.DEFAULT, ChinaTime.ZONE);
    }

    /**
     * Computes the disclosure.
     *
     * @param fleet     the vehicles, whose plate, unit and category the rows show
     * @param records   the refuelling records, in any order
     * @param distances where monthly distances come from, such as
     *                  {@code trips.orElse(OdometerDistance.from(records, zone))}
     * @throws InvalidValueException when a record names a vehicle not in the fleet
     */
    public FuelDisclosureReport compute(List<Vehicle> fleet, List<FuelRecord> records, DistanceSource distances) {
        Map<String, Vehicle> vehicles = new HashMap<>();
        Checks.listOf("fleet", fleet).forEach(v -> vehicles.put(v.id(), v));
        Map<String, Map<YearMonth, List<FuelRecord>>> grouped = new TreeMap<>();
        for (FuelRecord r : Checks.listOf("fuel records", records)) {
            if (!vehicles.containsKey(r.vehicleId())) {
                throw new InvalidValueException("vehicle id", "of a fuel record is not in the fleet", r.vehicleId());
            }
            grouped.computeIfAbsent(r.vehicleId(), k -> new TreeMap<>())
                    .computeIfAbsent(YearMonth.from(r.time().atZone(zone)), k -> new ArrayList<>()).add(r);
        }
        List<DisclosureRow> rows = new ArrayList<>();
        grouped.forEach((id, months) -> months.forEach((month, list) ->
                rows.add(row(vehicles.get(id), month, list, distances.distance(id, month)))));
        return flagAnomalies(rows, vehicles);
    }

    private DisclosureRow row(Vehicle v, YearMonth month, List<FuelRecord> list, Optional<MonthlyDistance> distance) {
        BigDecimal litres = list.stream().map(FuelRecord::litres).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amount = list.stream().map(FuelRecord::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal km = distance.flatMap(MonthlyDistance::distance).orElse(null);
        String note = distance.map(MonthlyDistance::note).orElse("无里程数据");
        BigDecimal rate = null;
        if (km != null && km.signum() > 0) {
            BigDecimal rateLitres = distance.flatMap(MonthlyDistance::start)
                    .map(from -> list.stream().filter(r -> r.time().isAfter(from)).map(FuelRecord::litres)
                            .reduce(BigDecimal.ZERO, BigDecimal::add))
                    .orElse(litres);
            rate = rateLitres.multiply(HUNDRED).divide(km, 2, RoundingMode.HALF_UP);
        } else if (km != null) {
            note = note.isEmpty() ? "本月行驶里程为 0" : note + "；本月行驶里程为 0";
        }
        return new DisclosureRow(month, v.id(), v.plate().display(), v.agencyId(), v.category(), list.size(), litres,
                amount, km, distance.map(MonthlyDistance::source).orElse(""), rate, "", note);
    }

    private FuelDisclosureReport flagAnomalies(List<DisclosureRow> rows, Map<String, Vehicle> vehicles) {
        List<DisclosureRow> out = new ArrayList<>();
        List<Finding> anomalies = new ArrayList<>();
        Citation rule = rule();
        for (DisclosureRow row : rows) {
            Optional<VehicleEvidence.FuelAnomaly> anomaly = row.rate().flatMap(rate -> anomaly(row, rate, rows,
                    vehicles.get(row.vehicleId())));
            if (anomaly.isEmpty()) {
                out.add(row);
                continue;
            }
            out.add(new DisclosureRow(row.month(), row.vehicleId(), row.plate(), row.agencyId(), row.category(),
                    row.refuels(), row.litres(), row.amountYuan(), row.distanceKm(), row.distanceSource(),
                    row.litresPer100Km(), VehicleFindingType.anomalyReason(anomaly.get(), Language.ZH), row.note()));
            anomalies.add(new Finding(VehicleFindingType.FUEL_ANOMALY, VehicleAudit.subjects(vehicles.get(row.vehicleId())),
                    Coverage.month(row.month()), rule, anomaly.get()));
        }
        out.sort(Comparator.comparing(DisclosureRow::month).thenComparing(DisclosureRow::vehicleId));
        anomalies.sort(VehicleAudit.REPORT_ORDER);
        return new FuelDisclosureReport(out, anomalies, policy, rule);
    }

    private Optional<VehicleEvidence.FuelAnomaly> anomaly(DisclosureRow row, BigDecimal rate, List<DisclosureRow> rows,
                                                          Vehicle vehicle) {
        List<BigDecimal> own = rows.stream().filter(r -> r.vehicleId().equals(row.vehicleId())
                && r.month().isBefore(row.month())).flatMap(r -> r.rate().stream()).toList();
        List<BigDecimal> peers = rows.stream().filter(r -> r.month().equals(row.month())
                && r.category() == row.category() && !r.vehicleId().equals(row.vehicleId()))
                .flatMap(r -> r.rate().stream()).toList();
        Optional<VehicleEvidence.Comparison> byOwn = over(rate, own);
        Optional<VehicleEvidence.Comparison> byPeers = over(rate, peers);
        boolean flagged = switch (policy.rule()) {
            case OWN_HISTORY -> byOwn.isPresent();
            case CATEGORY_MEDIAN -> byPeers.isPresent();
            case EITHER -> byOwn.isPresent() || byPeers.isPresent();
            case BOTH -> byOwn.isPresent() && byPeers.isPresent();
        };
        if (!flagged) {
            return Optional.empty();
        }
        boolean own1 = policy.rule() != FuelAnomalyPolicy.Rule.CATEGORY_MEDIAN;
        boolean peers1 = policy.rule() != FuelAnomalyPolicy.Rule.OWN_HISTORY;
        return Optional.of(new VehicleEvidence.FuelAnomaly(row.month(), vehicle.energy(), row.litres(),
                row.distanceKm(), rate, policy.factor(), own1 ? byOwn : Optional.empty(),
                peers1 ? byPeers : Optional.empty()));
    }

    private Optional<VehicleEvidence.Comparison> over(BigDecimal rate, List<BigDecimal> sample) {
        if (sample.size() < policy.minSamples()) {
            return Optional.empty();
        }
        BigDecimal median = median(sample);
        BigDecimal limit = median.multiply(policy.factor());
        if (rate.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new VehicleEvidence.Comparison(sample.size(), median, limit));
    }

    /** The median of a non-empty sample; the mean of the two middle values for an even count. */
    static BigDecimal median(List<BigDecimal> sample) {
        List<BigDecimal> sorted = sample.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    private Citation rule() {
        return standard.disclosureRule("单车核算油耗并公示；百公里油耗高于比较中位数的 "
                + policy.factor().toPlainString() + " 倍为异常（比较方式 " + policy.rule() + "，至少 "
                + policy.minSamples() + " 个样本）");
    }
}
