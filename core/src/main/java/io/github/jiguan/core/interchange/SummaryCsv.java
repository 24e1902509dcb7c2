package io.github.jiguan.core.interchange;

import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.RowCounts;
import io.github.jiguan.core.reconcile.AgencySummary;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.core.reconcile.ReconcileResult;
import io.github.jiguan.core.reconcile.VehicleSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * summary.csv: one row per vehicle, one per agency, one for the whole fleet and one per input file.
 * Columns: {@code scope (VEHICLE|AGENCY|TOTAL|INPUT), id, agency_id, vehicles, fixes, trips,
 * trip_km, orders, cancelled_orders, vehicle_days, offline_days, offline_rate}, one column per
 * {@link FindingType} code, then {@code rows, accepted_rows, rejected_rows, repeated_rows}.
 *
 * <ul>
 *   <li>{@code id} is the vehicle, the agency, empty for the TOTAL row, the file name for an INPUT row.
 *   <li>{@code fixes} counts the fix rows given for the vehicles (all times, before cleaning);
 *       {@code orders} the orders reconciled (not cancelled, window starting in the period);
 *       {@code cancelled_orders} the cancelled ones in the period, which the rules ignore.
 *   <li>{@code offline_rate} (离线率) is a fraction from 0 to 1 with four decimals, offline
 *       vehicle-days / vehicle-days in service ({@code 0.0250} is 2.5%), never a percentage.
 *   <li>An INPUT row has only {@code scope}, {@code id} and the row accounts of that file: every data
 *       row read is accepted, rejected as bad or rejected as a repeat ({@code rows = accepted_rows +
 *       rejected_rows + repeated_rows}); the other rows leave those four columns empty.
 * </ul>
 * Stateless; thread-safe.
 */
public final class SummaryCsv {

    /** The columns, in order. */
    public static final List<String> HEADER;

    private static final List<String> ACCOUNTS = List.of("rows", "accepted_rows", "rejected_rows", "repeated_rows");

    static {
        List<String> h = new ArrayList<>(List.of("scope", "id", "agency_id", "vehicles", "fixes", "trips", "trip_km",
                "orders", "cancelled_orders", "vehicle_days", "offline_days", "offline_rate"));
        for (FindingType t : FindingType.values()) {
            h.add(t.name());
        }
        h.addAll(ACCOUNTS);
        HEADER = Collections.unmodifiableList(h);
    }

    private SummaryCsv() {
    }

    /** Writes the vehicles, then the agencies, then the total, without INPUT rows. */
    public static void write(CsvWriter out, ReconcileResult result) {
        write(out, result, List.of());
    }

    /** Writes the vehicles, the agencies, the total, then one INPUT row per file of {@code inputs}. */
    public static void write(CsvWriter out, ReconcileResult result, List<RowCounts> inputs) {
        for (VehicleSummary v : result.vehicles()) {
            out.row(row("VEHICLE", v.vehicleId(), v.agencyId(), 1, v.fixes(), v.trips(), v.tripKm(), v.orders(),
                    v.cancelledOrders(), v.vehicleDays(), v.offlineDays(), v.offlineRate(), v.findings()));
        }
        for (AgencySummary a : result.agencies()) {
            out.row(agency("AGENCY", a.agencyId(), a));
        }
        out.row(agency("TOTAL", "", result.total()));
        for (RowCounts c : inputs) {
            List<String> r = new ArrayList<>(Collections.nCopies(HEADER.size() - ACCOUNTS.size(), ""));
            r.set(0, "INPUT");
            r.set(1, c.source());
            r.addAll(List.of(Long.toString(c.rows()), Long.toString(c.accepted()), Long.toString(c.rejected()),
                    Long.toString(c.repeats())));
            out.row(r);
        }
    }

    private static List<String> agency(String scope, String id, AgencySummary a) {
        return row(scope, id, scope.equals("TOTAL") ? "" : a.agencyId(), a.vehicles(), a.fixes(), a.trips(), a.tripKm(),
                a.orders(), a.cancelledOrders(), a.vehicleDays(), a.offlineDays(), a.offlineRate(), a.findings());
    }

    private static List<String> row(String scope, String id, String agency, int vehicles, long fixes, int trips,
                                    double km, int orders, int cancelled, int days, int offline, double rate,
                                    Map<FindingType, Integer> counts) {
        List<String> r = new ArrayList<>(List.of(scope, id, agency, Integer.toString(vehicles), Long.toString(fixes),
                Integer.toString(trips), String.format(Locale.ROOT, "%.2f", km), Integer.toString(orders),
                Integer.toString(cancelled), Integer.toString(days), Integer.toString(offline),
                String.format(Locale.ROOT, "%.4f", rate)));
        for (FindingType t : FindingType.values()) {
            r.add(Integer.toString(counts.get(t)));
        }
        r.addAll(Collections.nCopies(ACCOUNTS.size(), ""));
        return r;
    }
}
