package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.Checks;

/**
 * A unit's quota (编制) of vehicles in a category.
 *
 * @param agencyId the unit
 * @param category the category
 * @param quota    the number of vehicles allowed, not negative
 */
public record VehicleQuota(String agencyId, VehicleCategory category, int quota) {

    /** Validates the fields. */
    public VehicleQuota {
        agencyId = Checks.id("agency id", agencyId);
        Checks.notNull("category", category);
        Checks.inRange("quota", quota, 0, 100_000);
    }
}
