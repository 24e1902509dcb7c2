package io.github.jiguan.core.interchange;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.internal.Parse;
import io.github.jiguan.core.reconcile.Finding;
import io.github.jiguan.core.reconcile.FindingType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * findings.csv (DESIGN.md §6): {@code type, vehicle_id, order_id, start, end, detail}, one row per
 * finding, times ISO-8601 with the offset of Asia/Shanghai, detail the finding's evidence as
 * {@code key=value; …}. Stateless; thread-safe.
 */
public final class FindingsCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("type", "vehicle_id", "order_id", "start", "end", "detail");

    private FindingsCsv() {
    }

    /** Writes one row per finding, in the order given. */
    public static void write(CsvWriter out, Collection<Finding> findings, ZoneId zone) {
        for (Finding f : findings) {
            out.row(f.type().name(), f.vehicleId(), f.orderId(), OrdersCsv.time(f.start(), zone),
                    OrdersCsv.time(f.end(), zone), f.detail());
        }
    }

    /** Reads findings back, the evidence parsed from the detail column. */
    public static List<Finding> read(CsvReader in, Consumer<Rejection> rejected) {
        in.requireColumns(HEADER);
        List<Finding> out = new ArrayList<>();
        for (CsvRow row = in.next(); row != null; row = in.next()) {
            try {
                out.add(new Finding(FindingType.parse(row.get("type")), row.get("vehicle_id"), row.get("order_id"),
                        Parse.instant("start", row.get("start")), Parse.instant("end", row.get("end")),
                        Finding.parseDetail(row.get("detail"))));
            } catch (InvalidValueException e) {
                rejected.accept(row.reject(e));
            }
        }
        return out;
    }
}
