package io.github.jiguan.standards.fuel;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.Cells;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.fleet.FuelRecord;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fuel disclosure's inputs (docs/formats.md): refuellings from fuel.csv ({@code
 * vehicle_id, time, litres, amount_yuan, odometer_km}) and monthly trip distances from trips.csv
 * ({@code vehicle_id, month, distance_km}). A row naming a vehicle outside the fleet is rejected;
 * a refuelling given twice (same vehicle and time) and a month given twice for a vehicle are
 * rejected as repeats, so that no figure is counted twice. Bad rows go to the {@link ImportLog}.
 * Stateless; thread-safe.
 */
public final class FuelCsv {

    /** The columns of fuel.csv. */
    public static final List<String> FUEL_COLUMNS = List.of("vehicle_id", "time", "litres", "amount_yuan", "odometer_km");
    /** The columns of trips.csv. */
    public static final List<String> TRIP_COLUMNS = List.of("vehicle_id", "month", "distance_km");

    private FuelCsv() {
    }

    /**
     * Reads fuel.csv; rows of vehicles not in {@code fleet} are rejected.
     *
     * @throws CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static List<FuelRecord> readFuel(CsvReader in, Set<String> fleet, ImportLog log) {
        Map<String, Long> seen = new HashMap<>();
        return log.read(in, FUEL_COLUMNS, r -> {
            String id = r.required("vehicle_id", t -> Checks.id("vehicle_id", t));
            if (!fleet.contains(id)) {
                throw r.invalid("vehicle_id", "is not in the vehicle register");
            }
            FuelRecord f = new FuelRecord(id, r.required("time", t -> Cells.instant("time", t)),
                    r.required("litres", t -> Cells.decimal("litres", t)),
                    r.required("amount_yuan", t -> Cells.decimal("amount_yuan", t)),
                    r.optional("odometer_km", t -> Cells.decimal("odometer_km", t)).orElse(null));
            Long first = seen.putIfAbsent(id + "|" + f.time(), r.line());
            if (first != null) {
                throw r.repeat("time", first);
            }
            return f;
        });
    }

    /**
     * Reads trips.csv into monthly distances; rows of vehicles not in {@code fleet} are rejected.
     *
     * @throws CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static TripDistance readTrips(CsvReader in, Set<String> fleet, ImportLog log) {
        TripDistance.Builder builder = TripDistance.builder();
        Map<String, Long> seen = new HashMap<>();
        log.read(in, TRIP_COLUMNS, r -> {
            String id = r.required("vehicle_id", t -> Checks.id("vehicle_id", t));
            if (!fleet.contains(id)) {
                throw r.invalid("vehicle_id", "is not in the vehicle register");
            }
            YearMonth month = r.required("month", FuelCsv::month);
            BigDecimal km = r.required("distance_km", t -> Cells.decimal("distance_km", t));
            Long first = seen.putIfAbsent(id + "|" + month, r.line());
            if (first != null) {
                throw r.repeat("month", first);
            }
            return builder.add(id, month, km);
        });
        return builder.build();
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("month", "must be a month such as 2025-06", text);
        }
    }
}
