package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.EnergyType;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.fleet.VehicleFile;
import io.github.jiguan.core.geo.GeoPoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Small builders for the vehicle-operations tests. */
final class Ops {

    static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    static final GeoPoint BASE = GeoPoint.of(38.0428, 114.5149);

    private Ops() {
    }

    static Vehicle vehicle(String id, String plate, VehicleCategory category) {
        return Vehicle.builder(id, Plate.of(plate), "A01", category).base(BASE).energy(EnergyType.PETROL).build();
    }

    static Vehicle vehicle(String id) {
        return vehicle(id, "冀H1234" + id.charAt(id.length() - 1), VehicleCategory.GENERAL);
    }

    /** A complete file, checked and insured well beyond the audit date. */
    static VehicleFile file(String vehicleId) {
        return new VehicleFile(vehicleId, Optional.of("冀编车〔2020〕1号"), Optional.of(LocalDate.of(2024, 6, 1)),
                Optional.of(LocalDate.of(2025, 12, 31)), Optional.of(LocalDate.of(2025, 12, 31)),
                Optional.of("城关修理厂"), Optional.of("中石化城关站"), Optional.of("P-" + vehicleId),
                Optional.of(LocalDate.of(2024, 6, 10)), Optional.of(LocalDate.of(2025, 1, 10)),
                Optional.of(new BigDecimal("150000")), Optional.empty());
    }

    static Instant at(String beijing) {
        return LocalDateTime.parse(beijing).atZone(ChinaTime.ZONE).toInstant();
    }

    static CostRecord cost(String id, String vehicleId, CostKind kind, String beijing, String yuan, String place) {
        return new CostRecord(id, vehicleId, kind, at(beijing), new BigDecimal(yuan), place, Optional.empty(),
                Optional.empty());
    }

    static List<Finding> of(OperationsReport r, OpsFindingType type) {
        return r.findings().stream().filter(f -> f.type() == type).toList();
    }

    static OperationsReport run(OperationsData data) {
        return VehicleOperations.national().run(data, AS_OF);
    }
}
