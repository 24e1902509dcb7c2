package io.github.jiguan.examples.gateway.register;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.interchange.CsvReader;
import io.github.jiguan.core.interchange.CsvRow;
import io.github.jiguan.core.interchange.CsvWriter;
import io.github.jiguan.core.interchange.Rejection;
import io.github.jiguan.core.interchange.VehicleInput;
import io.github.jiguan.core.interchange.VehiclesCsv;
import io.github.jiguan.core.geo.GeoPoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The register file: vehicles.csv (DESIGN §6: vehicle_id, plate, agency_id, category, base_lat,
 * base_lon) with an optional {@code terminal_phone} column naming the phone number (SIM) of the
 * terminal fitted to each vehicle. A bad row, a repeated vehicle id and a phone already given to
 * another vehicle are rejected with line, column and reason; the other rows are kept. Stateless.
 */
public final class RegisterCsv {

    /** The column added to vehicles.csv. */
    public static final String PHONE_COLUMN = "terminal_phone";

    /** The columns written: those of vehicles.csv, then terminal_phone. */
    public static final List<String> HEADER;

    static {
        List<String> h = new ArrayList<>(VehiclesCsv.HEADER);
        h.add(PHONE_COLUMN);
        HEADER = List.copyOf(h);
    }

    private RegisterCsv() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws io.github.jiguan.core.interchange.CsvFormatException when the file cannot be read or a column of vehicles.csv is missing
     */
    public static Register read(Path file) {
        try (CsvReader in = CsvReader.open(file)) {
            return read(in);
        }
    }

    /** Reads the rows of {@code in}; see {@link #read(Path)}. */
    public static Register read(CsvReader in) {
        in.requireColumns(VehiclesCsv.HEADER);
        boolean hasPhone = in.header().stream().map(String::strip).anyMatch(PHONE_COLUMN::equals);
        List<RegisterEntry> entries = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        Map<String, Long> phones = new HashMap<>();
        for (CsvRow row = in.next(); row != null; row = in.next()) {
            try {
                Vehicle v = new VehicleInput(row.get("vehicle_id"), row.get("plate"), row.get("agency_id"),
                        row.get("category"), row.get("base_lat"), row.get("base_lon")).toVehicle();
                String text = hasPhone ? row.get(PHONE_COLUMN).strip() : "";
                String phone = text.isEmpty() ? null : Phones.normalize(text);
                Long first = ids.putIfAbsent(v.id(), row.line());
                if (first != null) {
                    rejected.add(row.reject("vehicle_id", "repeats the vehicle of line " + first));
                    continue;
                }
                if (phone != null) {
                    Long other = phones.putIfAbsent(phone, row.line());
                    if (other != null) {
                        rejected.add(row.reject(PHONE_COLUMN, "is already the terminal of the vehicle of line " + other));
                        continue;
                    }
                }
                entries.add(new RegisterEntry(v, phone));
            } catch (InvalidValueException e) {
                rejected.add(row.reject(e));
            }
        }
        return Register.of(entries, rejected);
    }

    /** Writes {@code entries} to {@code file} with {@link #HEADER}. */
    public static void write(Path file, List<RegisterEntry> entries) {
        try (CsvWriter out = CsvWriter.create(file, HEADER)) {
            for (RegisterEntry e : entries) {
                Vehicle v = e.vehicle();
                GeoPoint base = v.base().orElse(null);
                out.row(v.id(), v.plate().toString(), v.agencyId(), v.category().name(),
                        base == null ? "" : Double.toString(base.latitude()),
                        base == null ? "" : Double.toString(base.longitude()),
                        e.phone().orElse(""));
            }
        }
    }
}
