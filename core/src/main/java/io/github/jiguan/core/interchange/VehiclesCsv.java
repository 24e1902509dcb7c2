package io.github.jiguan.core.interchange;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.validation.VehicleInput;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * vehicles.csv (docs/formats.md): {@code vehicle_id, plate, agency_id, category, base_lat, base_lon}.
 * Reading reports each bad row (and each repeated vehicle id after its first line) to the
 * {@link ImportLog} and goes on, unless the log is strict. Stateless; thread-safe.
 */
public final class VehiclesCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("vehicle_id", "plate", "agency_id", "category", "base_lat",
            "base_lon");

    private VehiclesCsv() {
    }

    /**
     * Reads every row; a bad row, and a row repeating a vehicle id of an earlier line, is reported
     * to {@code log} and skipped.
     *
     * @throws io.github.jiguan.core.csv.CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static List<Vehicle> read(CsvReader in, ImportLog log) {
        Map<String, Long> seen = new HashMap<>();
        return log.read(in, HEADER, row -> {
            Vehicle v = vehicle(row);
            Long first = seen.putIfAbsent(v.id(), row.line());
            if (first != null) {
                throw row.repeat("vehicle_id", first);
            }
            return v;
        });
    }

    /**
     * The vehicle of one row, from the six columns of vehicles.csv; a format that extends
     * vehicles.csv (the vehicle dossier, the gateway's register) reads its own columns on top.
     *
     * @throws io.github.jiguan.core.InvalidValueException naming the column when a value is bad
     */
    public static Vehicle vehicle(CsvRow row) {
        return new VehicleInput(row.get("vehicle_id"), row.get("plate"), row.get("agency_id"), row.get("category"),
                row.get("base_lat"), row.get("base_lon")).toVehicle();
    }

    /** Writes the header and one row per vehicle. */
    public static void write(CsvWriter out, Collection<Vehicle> vehicles) {
        for (Vehicle v : vehicles) {
            GeoPoint base = v.base().orElse(null);
            out.row(v.id(), v.plate().toString(), v.agencyId(), v.category().name(),
                    base == null ? "" : Double.toString(base.latitude()),
                    base == null ? "" : Double.toString(base.longitude()));
        }
    }
}
