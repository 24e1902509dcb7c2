package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A vehicle as the vehicle audit sees it (一车一档): the vehicle, the configuration tier it was
 * approved under, and its odometer reading at the audit date.
 *
 * @param vehicle    the vehicle
 * @param tier       the configuration tier approved; {@link ConfigurationTier#STANDARD} when none was recorded
 * @param odometerKm the odometer reading in km, or {@code null} when unknown
 */
public record VehicleDossier(Vehicle vehicle, ConfigurationTier tier, BigDecimal odometerKm) {

    /** Validates the fields. */
    public VehicleDossier {
        Checks.notNull("vehicle", vehicle);
        Checks.notNull("configuration tier", tier);
        if (odometerKm != null) {
            Checks.nonNegative("odometer (km)", odometerKm);
        }
    }

    /** A vehicle of the standard tier with an unknown odometer. */
    public static VehicleDossier of(Vehicle vehicle) {
        return new VehicleDossier(vehicle, ConfigurationTier.STANDARD, null);
    }

    /** The vehicle's id. */
    public String id() {
        return vehicle.id();
    }

    /** The odometer reading, if known. */
    public Optional<BigDecimal> odometer() {
        return Optional.ofNullable(odometerKm);
    }
}
