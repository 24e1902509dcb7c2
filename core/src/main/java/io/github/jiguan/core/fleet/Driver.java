package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 驾驶员 (司勤人员): a driver of official vehicles, with how the driver is employed and the licence.
 *
 * @param id             the driver's identifier in the platform
 * @param name           the driver's name
 * @param agencyId       the agency (or vehicle service centre) the driver belongs to
 * @param licenceNumber  the driving licence number; may be empty
 * @param employment     how the driver is employed
 * @param licenceClass   the licence class as printed (准驾车型, such as C1 or A2); may be empty
 * @param licenceExpiry  the last day the licence is valid, if recorded
 * @param vehicleId      the vehicle the driver is assigned to (专职驾驶员), if any
 */
public record Driver(String id, String name, String agencyId, String licenceNumber, DriverEmployment employment,
                     String licenceClass, Optional<LocalDate> licenceExpiry, Optional<String> vehicleId) {

    /** Validates the fields; a null licence number or class becomes empty. */
    public Driver {
        id = Checks.id("driver id", id);
        name = Checks.notBlank("driver name", name);
        agencyId = Checks.id("agency id", agencyId);
        licenceNumber = licenceNumber == null ? "" : licenceNumber.strip();
        Checks.notNull("employment", employment);
        licenceClass = licenceClass == null ? "" : licenceClass.strip();
        Checks.notNull("licence expiry", licenceExpiry);
        Checks.notNull("vehicle id", vehicleId);
        vehicleId = vehicleId.map(v -> Checks.id("vehicle id", v));
    }

    /** A staff driver with only a licence number recorded. */
    public Driver(String id, String name, String agencyId, String licenceNumber) {
        this(id, name, agencyId, licenceNumber, DriverEmployment.STAFF, "", Optional.empty(), Optional.empty());
    }

    /** Whether the licence is known to be expired on {@code date} (valid through its expiry day). */
    public boolean isLicenceExpiredOn(LocalDate date) {
        return licenceExpiry.map(date::isAfter).orElse(false);
    }
}
