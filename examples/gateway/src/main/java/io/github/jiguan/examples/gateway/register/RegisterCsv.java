package io.github.jiguan.examples.gateway.register;

import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.interchange.VehiclesCsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The register file: vehicles.csv (vehicle_id, plate, agency_id, category, base_lat, base_lon) with an
 * optional {@code terminal_phone} column naming the phone number (SIM) of the terminal fitted to each
 * vehicle. A bad row and a phone already given to another vehicle are rejected, a repeated vehicle id
 * is a repeat, each with line, column and reason; the other rows are kept. Stateless.
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
     * Reads {@code file}; the rows refused are in {@link Register#rejections()}.
     *
     * @throws io.github.jiguan.core.csv.CsvFormatException when the file cannot be read or a column of vehicles.csv is missing
     */
    public static Register read(Path file) {
        List<Rejection> rejected = new ArrayList<>();
        try (CsvReader in = CsvReader.open(file)) {
            return Register.of(read(in, ImportLog.lenient(rejected::add)), rejected);
        }
    }

    /** Reads the rows of {@code in}, reporting the rows refused to {@code log}. */
    public static List<RegisterEntry> read(CsvReader in, ImportLog log) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, Long> phones = new HashMap<>();
        return log.read(in, VehiclesCsv.HEADER, row -> {
            Vehicle v = VehiclesCsv.vehicle(row);
            String text = row.text(PHONE_COLUMN);
            String phone = text.isEmpty() ? null : Phones.normalize(text);
            Long first = ids.putIfAbsent(v.id(), row.line());
            if (first != null) {
                throw row.repeat("vehicle_id", first);
            }
            if (phone != null) {
                Long other = phones.putIfAbsent(phone, row.line());
                if (other != null) {
                    throw row.invalid(PHONE_COLUMN, "is already the terminal of the vehicle of line " + other);
                }
            }
            return new RegisterEntry(v, phone);
        });
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
