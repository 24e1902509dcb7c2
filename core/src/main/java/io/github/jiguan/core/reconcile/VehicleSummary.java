package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.Checks;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one vehicle over an audit period.
 *
 * @param vehicleId       the vehicle
 * @param agencyId        its agency
 * @param fixes           fix rows given for it (all times, before cleaning)
 * @param duplicates      rows dropped as same-time duplicates
 * @param glitches        positions dropped as glitches
 * @param trips           trips that start in the period
 * @param tripKm          their total length in km
 * @param orders          orders not cancelled whose window starts in the period
 * @param cancelledOrders cancelled orders whose window starts in the period (ignored by the rules)
 * @param vehicleDays     days of the period the vehicle was in service
 * @param offlineDays     of those, days without any fix
 * @param findings        findings by type, every type present (zero when none)
 */
public record VehicleSummary(String vehicleId, String agencyId, long fixes, long duplicates, long glitches, int trips,
                             double tripKm, int orders, int cancelledOrders, int vehicleDays, int offlineDays,
                             Map<FindingType, Integer> findings) {

    /** Validates and copies. */
    public VehicleSummary {
        Checks.notNull("vehicle id", vehicleId);
        Checks.notNull("agency id", agencyId);
        findings = complete(findings);
    }

    /** 离线率: offline vehicle-days / vehicle-days in service; 0 when there are none. */
    public double offlineRate() {
        return vehicleDays == 0 ? 0 : (double) offlineDays / vehicleDays;
    }

    /** The number of findings of {@code type}. */
    public int count(FindingType type) {
        return findings.get(type);
    }

    /** The number of findings of every type. */
    public int totalFindings() {
        return findings.values().stream().mapToInt(Integer::intValue).sum();
    }

    static Map<FindingType, Integer> complete(Map<FindingType, Integer> counts) {
        EnumMap<FindingType, Integer> m = new EnumMap<>(FindingType.class);
        for (FindingType t : FindingType.values()) {
            m.put(t, counts == null ? 0 : counts.getOrDefault(t, 0));
        }
        return Collections.unmodifiableMap(m);
    }
}
