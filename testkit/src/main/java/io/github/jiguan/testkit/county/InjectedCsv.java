package io.github.jiguan.testkit.county;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.csv.CsvWriter;
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

    /** Writes one row per violation, ordered by vehicle, start and type. */
    public static void write(CsvWriter out, Collection<Injected> injected) {
        injected.stream().sorted(Comparator.comparing(Injected::vehicleId).thenComparing(Injected::start)
                        .thenComparing(Injected::type).thenComparing(Injected::orderId))
                .forEach(i -> out.row(i.type().code(), i.vehicleId(), i.orderId(), ChinaTime.format(i.start()),
                        ChinaTime.format(i.end()), i.what()));
    }
}
