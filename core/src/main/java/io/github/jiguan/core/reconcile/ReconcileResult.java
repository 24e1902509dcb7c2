package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.finding.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a reconciliation found over an audit period: the findings in report order, a summary per
 * vehicle, per agency and for the whole fleet, and what could not be reconciled because it names a
 * vehicle that is not in the register.
 *
 * <p>Results of disjoint sets of vehicles over the same period {@link #merge merge} into the result
 * of the whole. Immutable and thread-safe.
 *
 * @param period                 the audit period
 * @param findings               every finding, in {@link Finding#REPORT_ORDER}
 * @param vehicles               one summary per vehicle reconciled, by vehicle id
 * @param unknownVehicleOrders   ids of orders whose vehicle is not in the register, sorted
 * @param unknownVehicleFixes    fix counts per vehicle id not in the register
 */
public record ReconcileResult(AuditPeriod period, List<Finding> findings, List<VehicleSummary> vehicles,
                              List<String> unknownVehicleOrders, Map<String, Long> unknownVehicleFixes) {

    /** Sorts and copies. */
    public ReconcileResult {
        Checks.notNull("period", period);
        findings = findings.stream().sorted(Finding.REPORT_ORDER).toList();
        vehicles = vehicles.stream().sorted(Comparator.comparing(VehicleSummary::vehicleId)).toList();
        unknownVehicleOrders = unknownVehicleOrders.stream().sorted().toList();
        unknownVehicleFixes = java.util.Collections.unmodifiableMap(new TreeMap<>(unknownVehicleFixes));
        Set<String> seen = new TreeSet<>();
        for (VehicleSummary v : vehicles) {
            if (!seen.add(v.vehicleId())) {
                throw new IllegalArgumentException("vehicle " + v.vehicleId() + " is summarised twice");
            }
        }
    }

    /** The summary of each agency, by agency id. */
    public List<AgencySummary> agencies() {
        Map<String, List<VehicleSummary>> by = vehicles.stream()
                .collect(Collectors.groupingBy(VehicleSummary::agencyId, TreeMap::new, Collectors.toList()));
        List<AgencySummary> out = new ArrayList<>();
        by.forEach((agency, list) -> out.add(AgencySummary.of(agency, list)));
        return out;
    }

    /** The summary of the whole fleet, under agency id {@code "*"}. */
    public AgencySummary total() {
        return AgencySummary.of("*", vehicles);
    }

    /** 离线率 of the fleet: offline vehicle-days / vehicle-days in service. */
    public double offlineRate() {
        return total().offlineRate();
    }

    /** The number of findings of each type, every type present. */
    public Map<FindingType, Integer> countsByType() {
        return total().findings();
    }

    /** The findings of {@code type}. */
    public List<Finding> findings(FindingType type) {
        return findings.stream().filter(f -> f.type() == type).toList();
    }

    /**
     * The result of both halves of an audit split by vehicle.
     *
     * @throws IllegalArgumentException when the periods differ or a vehicle is in both
     */
    public ReconcileResult merge(ReconcileResult other) {
        if (!period.equals(other.period)) {
            throw new IllegalArgumentException("periods differ: " + period + " and " + other.period);
        }
        List<Finding> f = new ArrayList<>(findings);
        f.addAll(other.findings);
        List<VehicleSummary> v = new ArrayList<>(vehicles);
        v.addAll(other.vehicles);
        List<String> o = new ArrayList<>(unknownVehicleOrders);
        o.addAll(other.unknownVehicleOrders);
        Map<String, Long> x = new TreeMap<>(unknownVehicleFixes);
        other.unknownVehicleFixes.forEach((k, n) -> x.merge(k, n, Long::sum));
        return new ReconcileResult(period, f, v, o, x);
    }
}
