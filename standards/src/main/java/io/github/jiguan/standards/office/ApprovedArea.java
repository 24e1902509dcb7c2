package io.github.jiguan.standards.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.BuildingStructure;
import io.github.jiguan.core.org.AdministrativeLevel;
import io.github.jiguan.core.finding.Citation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A unit's approved area (核定面积), every term shown: usable area A of the offices (the sum of the
 * staff's entitlements), B of the service rooms (head count × the per-person figure), equipment
 * rooms (A+B) × 9%, and the building area S = [A + B + (A+B)×9%] / K + C. Areas are rounded half-up
 * to 0.01 m² where a factor is applied.
 *
 * @param agencyId          the unit
 * @param level             the level whose service-room figure applies; null for a unit without staff on the register
 * @param headcount         the staff counted (编制定员 on the register)
 * @param offices           A
 * @param servicePerPerson  the per-person service-room figure
 * @param service           B
 * @param equipmentShare    the equipment-room share, 0.09
 * @param ancillary         C, the ancillary rooms' area
 * @param structure         the structure that sets K
 * @param coefficient       K
 * @param rules             the citations of the service figure, the equipment share and K
 */
public record ApprovedArea(String agencyId, AdministrativeLevel level, int headcount, Area offices,
                           Area servicePerPerson, Area service, BigDecimal equipmentShare, Area ancillary,
                           BuildingStructure structure, BigDecimal coefficient, List<Citation> rules) {

    /** Validates the fields and copies the rules. */
    public ApprovedArea {
        agencyId = Checks.id("agency id", agencyId);
        Checks.nonNegative("headcount", BigDecimal.valueOf(headcount));
        Checks.notNull("offices", offices);
        Checks.notNull("service per person", servicePerPerson);
        Checks.notNull("service", service);
        Checks.notNull("equipment share", equipmentShare);
        Checks.notNull("ancillary", ancillary);
        Checks.notNull("structure", structure);
        Checks.positiveAtMost("coefficient K", coefficient, BigDecimal.ONE);
        rules = Checks.listOf("rules", rules);
    }

    /** A + B: the office and service area the unit may use. */
    public Area officeAndService() {
        return offices.plus(service);
    }

    /** (A + B) × 9%: the equipment rooms. */
    public Area equipment() {
        return officeAndService().times(equipmentShare);
    }

    /** A + B + (A+B)×9%: the usable area of the basic office rooms. */
    public Area usable() {
        return officeAndService().plus(equipment());
    }

    /** S = [A + B + (A+B)×9%] / K + C: the approved building area. */
    public Area gross() {
        return Area.of(usable().squareMetres().divide(coefficient, 2, RoundingMode.HALF_UP)).plus(ancillary);
    }

    /** Every term in words, such as "A = 3 人办公室标准之和 84 m²；B = 3 × 6 m² = 18 m²；…". */
    public String explain() {
        return "A = " + headcount + " 人办公室标准之和 " + offices + " m²；B = " + headcount + " × "
                + servicePerPerson + " m² = " + service + " m²；设备用房 = (A+B) × " + equipmentShare.toPlainString()
                + " = " + equipment() + " m²；核定使用面积 A+B+设备 = " + usable() + " m²；S = " + usable()
                + " / " + coefficient.toPlainString() + " + C " + ancillary + " = " + gross() + " m²";
    }
}
