package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;

/**
 * 驾驶员: a driver of official vehicles.
 *
 * @param id            the driver's identifier in the platform
 * @param name          the driver's name
 * @param agencyId      the agency (or vehicle service centre) the driver belongs to
 * @param licenceNumber the driving licence number; may be empty
 */
public record Driver(String id, String name, String agencyId, String licenceNumber) {

    /** Validates the fields; a null licence number becomes empty. */
    public Driver {
        id = Checks.id("driver id", id);
        name = Checks.notBlank("driver name", name);
        agencyId = Checks.id("agency id", agencyId);
        licenceNumber = licenceNumber == null ? "" : licenceNumber.strip();
    }
}
