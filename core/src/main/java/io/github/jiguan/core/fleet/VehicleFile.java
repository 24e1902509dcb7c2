package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 一车一档: the paperwork a bureau keeps for one vehicle, each item empty when it is missing from the file.
 *
 * @param vehicleId           the vehicle
 * @param approval            the approval of the vehicle under the unit's quota (编制批复), its document number
 * @param registered          the registration date (行驶证注册日期)
 * @param insuranceExpiry     the last day the insurance covers
 * @param inspectionExpiry    the last day of the annual inspection's validity (年检有效期至)
 * @param designatedGarage    the designated repair garage (定点维修)
 * @param designatedStation   the designated refuelling station or card issuer (定点加油)
 * @param markingPhotos       the reference of the marking photos (标识照片)
 * @param terminalInstalled   the day the terminal was installed (终端安装记录)
 * @param terminalChecked     the day the terminal was last checked
 * @param valueYuan           the vehicle's value for disposal decisions (purchase price or book value)
 * @param disposed            the disposal date (处置), if the vehicle has been disposed of
 */
public record VehicleFile(String vehicleId, Optional<String> approval, Optional<LocalDate> registered,
                          Optional<LocalDate> insuranceExpiry, Optional<LocalDate> inspectionExpiry,
                          Optional<String> designatedGarage, Optional<String> designatedStation,
                          Optional<String> markingPhotos, Optional<LocalDate> terminalInstalled,
                          Optional<LocalDate> terminalChecked, Optional<BigDecimal> valueYuan,
                          Optional<LocalDate> disposed) {

    /** Validates the fields; blank texts count as missing. */
    public VehicleFile {
        vehicleId = Checks.id("vehicle id", vehicleId);
        approval = text("approval", approval);
        Checks.notNull("registered", registered);
        Checks.notNull("insurance expiry", insuranceExpiry);
        Checks.notNull("inspection expiry", inspectionExpiry);
        designatedGarage = text("designated garage", designatedGarage);
        designatedStation = text("designated station", designatedStation);
        markingPhotos = text("marking photos", markingPhotos);
        Checks.notNull("terminal installed", terminalInstalled);
        Checks.notNull("terminal checked", terminalChecked);
        Checks.notNull("value (yuan)", valueYuan);
        valueYuan.ifPresent(v -> Checks.nonNegative("value (yuan)", v));
        Checks.notNull("disposed", disposed);
    }

    private static Optional<String> text(String field, Optional<String> value) {
        return Checks.notNull(field, value).map(String::strip).filter(s -> !s.isEmpty());
    }
}
