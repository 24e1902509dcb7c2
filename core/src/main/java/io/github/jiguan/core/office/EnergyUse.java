package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.math.BigDecimal;

/**
 * One year's use of one energy carrier (or of water) by a unit, in one building or in all its
 * buildings, with the head count and floor area the per-head and per-m² figures divide by.
 *
 * @param agencyId   the unit
 * @param buildingId the building; empty when the figure covers all the unit's buildings
 * @param year       the calendar year
 * @param persons    the persons using the space that year (用能人数), at least 1
 * @param floorArea  the floor area served (建筑面积), greater than zero
 * @param carrier    the carrier's code in the conversion table, such as ELECTRICITY or WATER
 * @param quantity   the amount in the carrier's unit of that table (kWh, m³, kg, t…), 0 or more
 */
public record EnergyUse(String agencyId, String buildingId, int year, int persons, Area floorArea, String carrier,
                        BigDecimal quantity) {

    /** Validates the fields. */
    public EnergyUse {
        agencyId = Checks.id("agency id", agencyId);
        buildingId = buildingId == null ? "" : buildingId.strip();
        if (year < 1990 || year > 2100) {
            throw new InvalidValueException("year", "out of range [1990, 2100]", year);
        }
        if (persons < 1 || persons > 1_000_000) {
            throw new InvalidValueException("persons", "out of range [1, 1000000]", persons);
        }
        Checks.notNull("floor area", floorArea);
        if (floorArea.squareMetres().signum() == 0) {
            throw new InvalidValueException("floor area", "must be greater than zero", floorArea);
        }
        carrier = Checks.id("carrier", carrier).toUpperCase(java.util.Locale.ROOT);
        Checks.nonNegative("quantity", quantity);
    }
}
