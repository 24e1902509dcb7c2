package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.office.Area;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One year's water and energy of a unit (all its buildings) or of one building of a unit, with the
 * figures the 节约型机关 targets use: water per head in tonnes and energy per m² in kgce, both to
 * two decimals.
 *
 * @param agencyId   the unit
 * @param buildingId the building; empty for the unit as a whole
 * @param year       the year
 * @param persons    the head count
 * @param floorArea  the floor area
 * @param waterTonnes the water used, t
 * @param kgce       the energy used, converted to kg of standard coal
 */
public record EnergyFigure(String agencyId, String buildingId, int year, int persons, Area floorArea,
                           BigDecimal waterTonnes, BigDecimal kgce) {

    /** Validates the fields. */
    public EnergyFigure {
        agencyId = Checks.id("agency id", agencyId);
        buildingId = buildingId == null ? "" : buildingId;
        Checks.notNull("floor area", floorArea);
        Checks.nonNegative("water (t)", waterTonnes);
        Checks.nonNegative("energy (kgce)", kgce);
    }

    /** Water per head, t, two decimals half up. */
    public BigDecimal waterPerHead() {
        return waterTonnes.divide(BigDecimal.valueOf(persons), 2, RoundingMode.HALF_UP);
    }

    /** Energy per m², kgce, two decimals half up. */
    public BigDecimal kgcePerSquareMetre() {
        return kgce.divide(floorArea.squareMetres(), 2, RoundingMode.HALF_UP);
    }
}
