package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleFile;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.TrackAnalysis;
import io.github.jiguan.core.track.TrackPolicy;
import io.github.jiguan.core.track.TripDetector;
import io.github.jiguan.standards.vehicle.VehicleAudit;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The data of one run indexed for the rules: by vehicle, by driver, with each vehicle's track analysed once. */
final class OpsContext {

    final OperationsData data;
    final LocalDate asOf;
    final OperationsStandard standard;
    final Duration tolerance;
    final Map<String, Vehicle> register = new LinkedHashMap<>();
    final Map<String, VehicleFile> files = new HashMap<>();
    final Map<String, Driver> drivers = new HashMap<>();
    final Map<String, List<DispatchOrder>> orders = new HashMap<>();
    final Map<String, DispatchOrder> orderById = new HashMap<>();
    final Map<String, List<CostRecord>> costs = new HashMap<>();
    final Map<String, TrackAnalysis> tracks = new HashMap<>();

    OpsContext(OperationsData data, LocalDate asOf, OperationsStandard standard, TrackPolicy track, Duration tolerance) {
        this.data = data;
        this.asOf = asOf;
        this.standard = standard;
        this.tolerance = tolerance;
        data.vehicles().forEach(v -> unique("vehicle id", register.put(v.id(), v), v.id()));
        data.files().forEach(f -> unique("vehicle file", files.put(f.vehicleId(), f), f.vehicleId()));
        data.drivers().forEach(d -> unique("driver id", drivers.put(d.id(), d), d.id()));
        for (DispatchOrder o : data.orders()) {
            if (!o.isCancelled()) {
                orders.computeIfAbsent(o.vehicleId(), k -> new ArrayList<>()).add(o);
                orderById.put(o.orderId(), o);
            }
        }
        orders.values().forEach(l -> l.sort(Comparator.comparing(DispatchOrder::windowStart)));
        for (CostRecord c : data.costs()) {
            costs.computeIfAbsent(c.vehicleId(), k -> new ArrayList<>()).add(c);
        }
        costs.values().forEach(l -> l.sort(Comparator.comparing(CostRecord::time).thenComparing(CostRecord::costId)));
        if (data.period().isPresent()) {
            TripDetector detector = TripDetector.of(track, ChinaTime.ZONE);
            for (String id : register.keySet()) {
                tracks.put(id, detector.analyse(data.fixes().columns(id)));
            }
        }
    }

    private static void unique(String field, Object previous, String id) {
        if (previous != null) {
            throw new InvalidValueException(field, "must not appear twice", id);
        }
    }

    /** The vehicles in service on the audit date, in register order. */
    List<Vehicle> inService() {
        return register.values().stream().filter(v -> v.isInServiceOn(asOf) && !disposed(v.id())).toList();
    }

    /** Whether the vehicle's file records a disposal on or before the audit date. */
    boolean disposed(String vehicleId) {
        return file(vehicleId).flatMap(VehicleFile::disposed).map(d -> !d.isAfter(asOf)).orElse(false);
    }

    Optional<VehicleFile> file(String vehicleId) {
        return Optional.ofNullable(files.get(vehicleId));
    }

    List<DispatchOrder> orders(String vehicleId) {
        return orders.getOrDefault(vehicleId, List.of());
    }

    List<CostRecord> costs(String vehicleId) {
        return costs.getOrDefault(vehicleId, List.of());
    }

    Optional<AuditPeriod> period() {
        return data.period();
    }

    /** A finding about {@code v} and its unit. */
    static Finding about(OpsFindingType type, Vehicle v, Coverage coverage, Citation rule, Evidence e) {
        return new Finding(type, VehicleAudit.subjects(v), coverage, rule, e);
    }

    /** A finding about the vehicle {@code id}, known by its plate when it is in the register. */
    Finding about(OpsFindingType type, String vehicleId, Subjects extra, Coverage coverage, Citation rule, Evidence e) {
        Vehicle v = register.get(vehicleId);
        Subjects s = v == null ? extra.withVehicle(vehicleId, null) : extra.withVehicle(v.id(), v.plate().display())
                .withAgency(extra.agencyId().orElse(v.agencyId()));
        return new Finding(type, s, coverage, rule, e);
    }
}
