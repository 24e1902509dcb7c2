package io.github.jiguan.core.interchange;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.geo.GeoPoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * vehicles.csv (DESIGN.md §6): {@code vehicle_id, plate, agency_id, category, base_lat, base_lon}.
 * Reading reports each bad row (and each repeated vehicle id after its first line) to the
 * rejection listener and goes on; a listener that throws {@link CsvFormatException} makes the
 * import strict. Stateless; thread-safe.
 */
public final class VehiclesCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("vehicle_id", "plate", "agency_id", "category", "base_lat",
            "base_lon");

    private VehiclesCsv() {
    }

    /**
     * Reads every row.
     *
     * @throws CsvFormatException when a column is missing, or from the listener
     */
    public static List<Vehicle> read(CsvReader in, Consumer<Rejection> rejected) {
        in.requireColumns(HEADER);
        List<Vehicle> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvRow row = in.next(); row != null; row = in.next()) {
            try {
                Vehicle v = new VehicleInput(row.get("vehicle_id"), row.get("plate"), row.get("agency_id"),
                        row.get("category"), row.get("base_lat"), row.get("base_lon")).toVehicle();
                Long first = seen.putIfAbsent(v.id(), row.line());
                if (first != null) {
                    rejected.accept(row.reject("vehicle_id", "repeats the vehicle of line " + first));
                    continue;
                }
                out.add(v);
            } catch (InvalidValueException e) {
                rejected.accept(row.reject(e));
            }
        }
        return out;
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
