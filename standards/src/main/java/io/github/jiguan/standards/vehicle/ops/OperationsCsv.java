package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.fleet.AreaAssignment;
import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.Cells;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.DriverEmployment;
import io.github.jiguan.core.fleet.MarkingChange;
import io.github.jiguan.core.fleet.MarkingState;
import io.github.jiguan.core.fleet.RentalContract;
import io.github.jiguan.core.fleet.VehicleFile;
import io.github.jiguan.core.geo.GeoFence;
import io.github.jiguan.core.geo.GeoPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the inputs of the vehicle-operations audit (docs/vehicle-ops.md): dossier.csv, drivers.csv,
 * costs.csv, rentals.csv, markings.csv and areas.csv. Each bad row is reported to the {@link ImportLog}
 * with its line, column, text and reason, and the good rows are kept; a repeated id is a repeat.
 * Stateless; thread-safe.
 */
public final class OperationsCsv {

    /** The columns of dossier.csv (一车一档); every cell but vehicle_id may be empty. */
    public static final List<String> DOSSIER = List.of("vehicle_id", "approval", "registered", "insurance_expiry",
            "inspection_expiry", "designated_garage", "designated_station", "marking_photos", "terminal_installed",
            "terminal_checked", "value_yuan", "disposed");
    /** The required columns of drivers.csv; {@code licence_number} and {@code vehicle_id} are optional. */
    public static final List<String> DRIVERS = List.of("driver_id", "name", "agency_id", "employment", "licence_class",
            "licence_expiry");
    /** The required columns of costs.csv; {@code order_id} and {@code driver_id} are optional. */
    public static final List<String> COSTS = List.of("cost_id", "vehicle_id", "kind", "time", "amount_yuan", "place");
    /** The columns of rentals.csv. */
    public static final List<String> RENTALS = List.of("contract_id", "agency_id", "vehicle_id", "lessor", "first", "last",
            "amount_yuan", "ceiling_yuan", "approval");
    /** The columns of markings.csv. */
    public static final List<String> MARKINGS = List.of("vehicle_id", "since", "state");
    /** The columns of areas.csv. */
    public static final List<String> AREAS = List.of("area_id", "purpose", "agency_id", "vehicle_id", "shape", "lat",
            "lon", "radius_m", "vertices");

    private OperationsCsv() {
    }

    /**
     * Reads dossier.csv.
     *
     * @throws CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static List<VehicleFile> readDossiers(CsvReader in, ImportLog log) {
        Map<String, Long> seen = new HashMap<>();
        return log.read(in, DOSSIER, r -> {
            VehicleFile f = new VehicleFile(r.required("vehicle_id", t -> Checks.id("vehicle_id", t)), text(r, "approval"),
                    date(r, "registered"), date(r, "insurance_expiry"), date(r, "inspection_expiry"),
                    text(r, "designated_garage"), text(r, "designated_station"), text(r, "marking_photos"),
                    date(r, "terminal_installed"), date(r, "terminal_checked"), yuan(r, "value_yuan"), date(r, "disposed"));
            return unique(seen, r, "vehicle_id", f.vehicleId(), f);
        });
    }

    /**
     * Reads drivers.csv.
     *
     * @throws CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static List<Driver> readDrivers(CsvReader in, ImportLog log) {
        Map<String, Long> seen = new HashMap<>();
        return log.read(in, DRIVERS, r -> {
            Driver d = new Driver(r.required("driver_id", t -> Checks.id("driver_id", t)), r.required("name", t -> t),
                    r.required("agency_id", t -> Checks.id("agency_id", t)), r.text("licence_number"),
                    r.required("employment", DriverEmployment::parse), r.text("licence_class"), date(r, "licence_expiry"),
                    r.optional("vehicle_id", t -> Checks.id("vehicle_id", t)));
            return unique(seen, r, "driver_id", d.id(), d);
        });
    }

    /**
     * Reads costs.csv.
     *
     * @throws CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static List<CostRecord> readCosts(CsvReader in, ImportLog log) {
        Map<String, Long> seen = new HashMap<>();
        return log.read(in, COSTS, r -> {
            CostRecord c = new CostRecord(r.required("cost_id", t -> Checks.id("cost_id", t)),
                    r.required("vehicle_id", t -> Checks.id("vehicle_id", t)), r.required("kind", CostKind::parse),
                    r.required("time", t -> Cells.instant("time", t)),
                    r.required("amount_yuan", OperationsCsv::amount), r.text("place"),
                    r.optional("order_id", t -> Checks.id("order_id", t)), r.optional("driver_id", t -> Checks.id("driver_id", t)));
            return unique(seen, r, "cost_id", c.costId(), c);
        });
    }

    /**
     * Reads rentals.csv.
     *
     * @throws CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static List<RentalContract> readRentals(CsvReader in, ImportLog log) {
        Map<String, Long> seen = new HashMap<>();
        return log.read(in, RENTALS, r -> {
            RentalContract c = new RentalContract(r.required("contract_id", t -> Checks.id("contract_id", t)),
                    r.required("agency_id", t -> Checks.id("agency_id", t)), r.required("vehicle_id", t -> Checks.id("vehicle_id", t)),
                    r.text("lessor"), r.required("first", t -> Cells.date("first", t)), r.required("last", t -> Cells.date("last", t)),
                    r.required("amount_yuan", OperationsCsv::amount), yuan(r, "ceiling_yuan"), text(r, "approval"));
            return unique(seen, r, "contract_id", c.contractId(), c);
        });
    }

    /**
     * Reads markings.csv: one row per change of a vehicle's marking state.
     *
     * @throws CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static List<MarkingChange> readMarkings(CsvReader in, ImportLog log) {
        Map<String, Long> seen = new HashMap<>();
        return log.read(in, MARKINGS, r -> {
            MarkingChange m = new MarkingChange(r.required("vehicle_id", t -> Checks.id("vehicle_id", t)),
                    r.required("since", t -> Cells.date("since", t)), r.required("state", MarkingState::parse));
            return unique(seen, r, "since", m.vehicleId() + "|" + m.since(), m);
        });
    }

    /**
     * Reads areas.csv: a circle gives {@code lat, lon, radius_m}, a polygon its {@code vertices} as
     * {@code lat lon} pairs separated by {@code ;}.
     *
     * @throws CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static List<AreaAssignment> readAreas(CsvReader in, ImportLog log) {
        Map<String, Long> seen = new HashMap<>();
        return log.read(in, AREAS, r -> {
            String shape = r.required("shape", t -> t.toUpperCase(java.util.Locale.ROOT));
            GeoFence fence = switch (shape) {
                case "CIRCLE" -> GeoFence.circle(GeoPoint.of(r.required("lat", t -> Cells.number("lat", t)),
                        r.required("lon", t -> Cells.number("lon", t))), r.required("radius_m", t -> Cells.number("radius_m", t)));
                case "POLYGON" -> r.required("vertices", OperationsCsv::polygon);
                default -> throw r.invalid("shape", "must be CIRCLE or POLYGON");
            };
            if (r.text("agency_id").isEmpty() && r.text("vehicle_id").isEmpty()) {
                throw r.invalid("agency_id", "an area needs a unit (agency_id) or a vehicle (vehicle_id)");
            }
            AreaAssignment a = new AreaAssignment(r.required("area_id", t -> Checks.id("area_id", t)),
                    r.required("purpose", AreaAssignment.Purpose::parse), r.optional("agency_id", t -> Checks.id("agency_id", t)),
                    r.optional("vehicle_id", t -> Checks.id("vehicle_id", t)), fence);
            return unique(seen, r, "area_id", a.areaId(), a);
        });
    }

    private static BigDecimal amount(String text) {
        return Checks.nonNegative("amount_yuan", Cells.decimal("amount_yuan", text));
    }

    private static GeoFence polygon(String text) {
        List<GeoPoint> points = new ArrayList<>();
        for (String pair : text.split(";")) {
            String[] parts = pair.strip().split("\\s+");
            if (parts.length != 2) {
                throw new InvalidValueException("vertices", "must be lat lon pairs separated by ;", pair);
            }
            points.add(GeoPoint.of(Cells.number("vertices", parts[0]), Cells.number("vertices", parts[1])));
        }
        return GeoFence.polygon(points);
    }

    private static <T> T unique(Map<String, Long> seen, CsvRow r, String column, String key, T value) {
        Long first = seen.putIfAbsent(key, r.line());
        if (first != null) {
            throw r.repeat(column, first);
        }
        return value;
    }

    private static Optional<String> text(CsvRow r, String column) {
        return r.optional(column, Function.identity());
    }

    private static Optional<LocalDate> date(CsvRow r, String column) {
        return r.optional(column, t -> Cells.date(column, t));
    }

    private static Optional<BigDecimal> yuan(CsvRow r, String column) {
        return r.optional(column, t -> Cells.decimal(column, t));
    }
}
