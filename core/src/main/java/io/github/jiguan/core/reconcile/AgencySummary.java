package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.Checks;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one agency (or of the whole fleet) over an audit period: the sums of its
 * vehicles' {@link VehicleSummary summaries}.
 *
 * @param agencyId        the agency, or {@code "*"} for the whole fleet
 * @param vehicles        its vehicles
 * @param fixes           fix rows given for its vehicles (all times, before cleaning)
 * @param trips           trips that start in the period
 * @param tripKm          their total length in km
 * @param orders          orders not cancelled whose window starts in the period
 * @param cancelledOrders cancelled orders whose window starts in the period (ignored by the rules)
 * @param vehicleDays     vehicle-days in service
 * @param offlineDays of those, vehicle-days without any fix
 * @param findings    findings by type, every type present
 */
public record AgencySummary(String agencyId, int vehicles, long fixes, int trips, double tripKm, int orders,
                            int cancelledOrders, int vehicleDays, int offlineDays, Map<FindingType, Integer> findings) {

    /** Validates and copies. */
    public AgencySummary {
        Checks.notNull("agency id", agencyId);
        findings = VehicleSummary.complete(findings);
    }

    /** 离线率: offline vehicle-days / vehicle-days in service; 0 when there are none. */
    public double offlineRate() {
        return vehicleDays == 0 ? 0 : (double) offlineDays / vehicleDays;
    }

    /** The number of findings of {@code type}. */
    public int count(FindingType type) {
        return findings.get(type);
    }

    /** The sums over {@code vehicles}, named {@code agencyId}. */
    public static AgencySummary of(String agencyId, List<VehicleSummary> vehicles) {
        long fixes = 0;
        int trips = 0;
        double km = 0;
        int orders = 0;
        int cancelled = 0;
        int days = 0;
        int offline = 0;
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        for (VehicleSummary v : vehicles) {
            fixes += v.fixes();
            cancelled += v.cancelledOrders();
            trips += v.trips();
            km += v.tripKm();
            orders += v.orders();
            days += v.vehicleDays();
            offline += v.offlineDays();
            v.findings().forEach((t, c) -> counts.merge(t, c, Integer::sum));
        }
        return new AgencySummary(agencyId, vehicles.size(), fixes, trips, km, orders, cancelled, days, offline, counts);
    }
}
