package io.github.jiguan.testkit.county;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.csv.Cells;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.reconcile.FindingType;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * injected.csv: the violations a generated data set holds, one row each, in the first six columns
 * of findings.csv ({@code type, vehicle_id, order_id, start, end, detail}, the detail saying what
 * was done), so that the reconciliation's findings can be compared with them row by row.
 * Stateless; thread-safe.
 */
public final class InjectedCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("type", "vehicle_id", "order_id", "start", "end", "detail");

    private InjectedCsv() {
    }

    /**
     * Reads injected.csv back (or any file with its first five columns, such as a findings.csv),
     * reporting a bad row (an unknown type, a time without offset, an end before the start) to
     * {@code log} and keeping the good ones. {@code order_id} and {@code detail} may be empty.
     *
     * @throws io.github.jiguan.core.csv.CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static List<Injected> read(CsvReader in, ImportLog log) {
        return log.read(in, HEADER.subList(0, 5), row -> {
            FindingType type = row.required("type", FindingType::parse);
            String vehicle = row.required("vehicle_id", t -> t);
            Instant start = row.required("start", t -> Cells.instant("start", t));
            Instant end = row.required("end", t -> Cells.instant("end", t));
            if (end.isBefore(start)) {
                throw row.invalid("end", "must not be before start " + ChinaTime.format(start));
            }
            return new Injected(type, vehicle, row.text("order_id"), start, end, row.text("detail"));
        });
    }

    /** Writes one row per violation, ordered by vehicle, start and type. */
    public static void write(CsvWriter out, Collection<Injected> injected) {
        injected.stream().sorted(Comparator.comparing(Injected::vehicleId).thenComparing(Injected::start)
                        .thenComparing(Injected::type).thenComparing(Injected::orderId))
                .forEach(i -> out.row(i.type().code(), i.vehicleId(), i.orderId(), ChinaTime.format(i.start()),
                        ChinaTime.format(i.end()), i.what()));
    }
}
