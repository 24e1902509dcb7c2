package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * 加油记录: one refuelling (or charging) of a vehicle, for the per-vehicle fuel disclosure.
 *
 * @param vehicleId   the vehicle refuelled
 * @param time        when
 * @param litres      litres taken, in (0, 1000]
 * @param amountYuan  the amount paid in yuan, not negative
 * @param odometerKm  the odometer reading in km, or {@code null} when not recorded
 */
public record FuelRecord(String vehicleId, Instant time, BigDecimal litres, BigDecimal amountYuan,
                         BigDecimal odometerKm) {

    private static final BigDecimal MAX_LITRES = new BigDecimal("1000");

    /** Validates the fields. */
    public FuelRecord {
        vehicleId = Checks.id("vehicle id", vehicleId);
        Checks.notNull("time", time);
        Checks.positiveAtMost("litres", litres, MAX_LITRES);
        Checks.nonNegative("amount (yuan)", amountYuan);
        if (odometerKm != null) {
            Checks.nonNegative("odometer (km)", odometerKm);
        }
    }

    /** The odometer reading, if recorded. */
    public Optional<BigDecimal> odometer() {
        return Optional.ofNullable(odometerKm);
    }
}
