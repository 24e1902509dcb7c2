package io.github.jiguan.standards.fuel;

import io.github.jiguan.core.csv.CsvWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/** Writes the fuel disclosure as CSV (UTF-8 text, RFC 4180), one row per vehicle and month. */
public final class DisclosureCsv {

    /** The columns written. */
    public static final List<String> HEADER = List.of("month", "vehicle_id", "plate", "agency_id", "category",
            "refuels", "litres", "amount_yuan", "distance_km", "distance_source", "litres_per_100km", "anomaly", "note");

    private DisclosureCsv() {
    }

    /** Writes the header and the rows to {@code out}, and flushes it. */
    public static void write(List<DisclosureRow> rows, Writer out) {
        CsvWriter csv = CsvWriter.of(out, HEADER);
        for (DisclosureRow r : rows) {
            csv.row(r.month().toString(), r.vehicleId(), r.plate(), r.agencyId(), r.category().name(),
                    String.valueOf(r.refuels()), text(r.litres()), text(r.amountYuan()), text(r.distanceKm()),
                    r.distanceSource(), text(r.litresPer100Km()), r.anomaly(), r.note());
        }
        csv.flush();
    }

    private static String text(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }
}
