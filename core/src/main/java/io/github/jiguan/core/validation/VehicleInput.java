package io.github.jiguan.core.validation;

import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.csv.Cells;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One row of vehicles.csv as text, with the constraints a bulk import checks before building the
 * {@link Vehicle}. Messages are in English and Chinese (ValidationMessages_zh_CN).
 *
 * @param vehicleId the vehicle id, required
 * @param plate     the plate, required, as {@link Plate#of(String)} accepts it
 * @param agencyId  the agency id, required
 * @param category  a {@link VehicleCategory} code, required
 * @param baseLat   the base's latitude in degrees; empty when the base is unknown
 * @param baseLon   the base's longitude in degrees; empty when the base is unknown
 */
public record VehicleInput(
        @NotBlank(message = "{io.github.jiguan.core.validation.required}")
        @Size(max = 64, message = "{io.github.jiguan.core.validation.id}") String vehicleId,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}") @PlateNumber String plate,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}")
        @Size(max = 64, message = "{io.github.jiguan.core.validation.id}") String agencyId,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}") @EnumCode(VehicleCategory.class) String category,
        @DecimalText(min = "-90", max = "90") String baseLat,
        @DecimalText(min = "-180", max = "180") String baseLon) {

    /**
     * Builds the vehicle.
     *
     * @throws io.github.jiguan.core.InvalidValueException naming the field when a value is bad,
     *         including a base with only one coordinate
     */
    public Vehicle toVehicle() {
        GeoPoint base = null;
        if (!Cells.isAbsent(baseLat) || !Cells.isAbsent(baseLon)) {
            double lat = Cells.number("base_lat", baseLat);
            double lon = Cells.number("base_lon", baseLon);
            // Named as the columns are, with the text as written: GeoPoint speaks of "latitude" and a double.
            if (!(lat >= -90 && lat <= 90)) {
                throw new io.github.jiguan.core.InvalidValueException("base_lat", "out of range [-90, 90]", baseLat);
            }
            if (!(lon >= -180 && lon <= 180)) {
                throw new io.github.jiguan.core.InvalidValueException("base_lon", "out of range [-180, 180]", baseLon);
            }
            base = GeoPoint.of(lat, lon);
        }
        return Vehicle.builder(vehicleId, Plate.of(plate), agencyId, VehicleCategory.parse(category))
                .base(base).build();
    }
}
