package io.github.jiguan.standards.fuel;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.finding.Finding;
import java.util.List;

/**
 * The per-vehicle fuel disclosure: one row per vehicle and month, and the anomalies found.
 *
 * @param rows      the rows, by month then vehicle id
 * @param anomalies the {@code FUEL_ANOMALY} findings, in {@link io.github.jiguan.standards.vehicle.VehicleAudit#REPORT_ORDER}
 * @param policy    the anomaly policy applied
 * @param rule      the rule of per-vehicle disclosure the report follows
 */
public record FuelDisclosureReport(List<DisclosureRow> rows, List<Finding> anomalies,
                                   FuelAnomalyPolicy policy, Citation rule) {

    /** Validates the fields and copies the lists. */
    public FuelDisclosureReport {
        rows = Checks.listOf("rows", rows);
        anomalies = Checks.listOf("anomalies", anomalies);
        Checks.notNull("policy", policy);
        Checks.notNull("rule", rule);
    }
}
