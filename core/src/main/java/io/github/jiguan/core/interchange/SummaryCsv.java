package io.github.jiguan.core.interchange;

import io.github.jiguan.core.csv.CsvWriter;
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
 * summary.csv: one row per vehicle, one per agency and one for the whole fleet, with trips,
 * orders, vehicle-days, offline vehicle-days, the offline rate (离线率) and the count of each
 * finding type. Columns: {@code scope (VEHICLE|AGENCY|TOTAL), id, agency_id, vehicles, fixes,
 * trips, trip_km, orders, cancelled_orders, vehicle_days, offline_days, offline_rate}, then one
 * column per {@link FindingType} code. Stateless; thread-safe.
 */
public final class SummaryCsv {

    /** The columns, in order. */
    public static final List<String> HEADER;

    static {
        List<String> h = new ArrayList<>(List.of("scope", "id", "agency_id", "vehicles", "fixes", "trips", "trip_km",
                "orders", "cancelled_orders", "vehicle_days", "offline_days", "offline_rate"));
        for (FindingType t : FindingType.values()) {
            h.add(t.name());
        }
        HEADER = Collections.unmodifiableList(h);
    }

    private SummaryCsv() {
    }

    /** Writes the vehicles, then the agencies, then the total. */
    public static void write(CsvWriter out, ReconcileResult result) {
        for (VehicleSummary v : result.vehicles()) {
            out.row(row("VEHICLE", v.vehicleId(), v.agencyId(), 1, Long.toString(v.fixes()), v.trips(), v.tripKm(),
                    v.orders(), Integer.toString(v.cancelledOrders()), v.vehicleDays(), v.offlineDays(),
                    v.offlineRate(), v.findings()));
        }
        List<AgencySummary> agencies = new ArrayList<>(result.agencies());
        agencies.add(result.total());
        for (AgencySummary a : agencies) {
            boolean total = a == agencies.get(agencies.size() - 1);
            out.row(row(total ? "TOTAL" : "AGENCY", a.agencyId(), total ? "" : a.agencyId(), a.vehicles(), "",
                    a.trips(), a.tripKm(), a.orders(), "", a.vehicleDays(), a.offlineDays(), a.offlineRate(),
                    a.findings()));
        }
    }

    private static List<String> row(String scope, String id, String agency, int vehicles, String fixes, int trips,
                                    double km, int orders, String cancelled, int days, int offline, double rate,
                                    Map<FindingType, Integer> counts) {
        List<String> r = new ArrayList<>(List.of(scope, id, agency, Integer.toString(vehicles), fixes,
                Integer.toString(trips), String.format(Locale.ROOT, "%.2f", km), Integer.toString(orders), cancelled,
                Integer.toString(days), Integer.toString(offline), String.format(Locale.ROOT, "%.4f", rate)));
        for (FindingType t : FindingType.values()) {
            r.add(Integer.toString(counts.get(t)));
        }
        return r;
    }
}
