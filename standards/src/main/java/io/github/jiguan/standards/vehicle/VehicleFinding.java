package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.Checks;
import io.github.jiguan.standards.source.Citation;
import java.util.Comparator;

/**
 * One finding of the vehicle audit, citing the rule it applied.
 *
 * @param type      what was found
 * @param vehicleId the vehicle concerned, or empty for a finding about a unit
 * @param agencyId  the unit concerned
 * @param period    the period concerned, such as {@code 2025-06} for a month or {@code 2025} for a year; may be empty
 * @param detail    what was found, with the figures compared
 * @param rule      the document, article and figure applied
 */
public record VehicleFinding(VehicleFindingType type, String vehicleId, String agencyId, String period,
                             String detail, Citation rule) {

    /** A stable order: by type, unit, vehicle, period, detail. */
    public static final Comparator<VehicleFinding> ORDER = Comparator.comparing(VehicleFinding::type)
            .thenComparing(VehicleFinding::agencyId).thenComparing(VehicleFinding::vehicleId)
            .thenComparing(VehicleFinding::period).thenComparing(VehicleFinding::detail);

    /** Validates the fields; null ids and period become empty. */
    public VehicleFinding {
        Checks.notNull("type", type);
        vehicleId = vehicleId == null ? "" : vehicleId;
        agencyId = agencyId == null ? "" : agencyId;
        period = period == null ? "" : period;
        detail = Checks.notBlank("detail", detail);
        Checks.notNull("rule", rule);
    }
}
