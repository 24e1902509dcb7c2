package io.github.jiguan.standards.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.office.Area;

/**
 * One unit's line of the area ledger ("一单位一档"): its approved area with every term, and the area
 * its rooms actually take by use.
 *
 * @param approved  the approved area
 * @param office    the usable area of its office rooms
 * @param service   of its service rooms
 * @param equipment of its equipment rooms
 * @param ancillary of its ancillary rooms
 */
public record UnitAreaLedger(ApprovedArea approved, Area office, Area service, Area equipment, Area ancillary) {

    /** Validates the fields. */
    public UnitAreaLedger {
        Checks.notNull("approved", approved);
        Checks.notNull("office", office);
        Checks.notNull("service", service);
        Checks.notNull("equipment", equipment);
        Checks.notNull("ancillary", ancillary);
    }

    /** The unit's id. */
    public String agencyId() {
        return approved.agencyId();
    }

    /** Office plus service area in use, compared with the approved A + B. */
    public Area officeAndService() {
        return office.plus(service);
    }

    /** Whether the office and service area exceeds the approved A + B (by any amount, 0.01 m² included). */
    public boolean isOverApproved() {
        return officeAndService().isGreaterThan(approved.officeAndService());
    }
}
