package io.github.jiguan.standards.fuel;

import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.Checks;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One line of the per-vehicle fuel disclosure (单车油耗公示): a vehicle's month.
 *
 * @param month          the calendar month
 * @param vehicleId      the vehicle
 * @param plate          its plate as printed, such as 冀H·12345
 * @param agencyId       its unit
 * @param category       its category
 * @param refuels        the number of refuellings
 * @param litres         litres taken
 * @param amountYuan     amount paid in yuan
 * @param distanceKm     distance covered in km, or {@code null} when unknown
 * @param distanceSource where the distance came from ({@code odometer}, {@code trips}), or empty
 * @param litresPer100Km L/100 km rounded half-up to 0.01, or {@code null} when it cannot be computed
 * @param anomaly        the anomaly found, or empty
 * @param note           how the figures were obtained, or why one is missing; may be empty
 */
public record DisclosureRow(YearMonth month, String vehicleId, String plate, String agencyId,
                            VehicleCategory category, int refuels, BigDecimal litres, BigDecimal amountYuan,
                            BigDecimal distanceKm, String distanceSource, BigDecimal litresPer100Km,
                            String anomaly, String note) {

    /** Validates the fields; null texts become empty. */
    public DisclosureRow {
        Checks.notNull("month", month);
        vehicleId = Checks.id("vehicle id", vehicleId);
        plate = Checks.notBlank("plate", plate);
        agencyId = Checks.id("agency id", agencyId);
        Checks.notNull("category", category);
        Checks.inRange("refuels", refuels, 0, Integer.MAX_VALUE);
        Checks.nonNegative("litres", litres);
        Checks.nonNegative("amount (yuan)", amountYuan);
        distanceSource = distanceSource == null ? "" : distanceSource;
        anomaly = anomaly == null ? "" : anomaly;
        note = note == null ? "" : note;
    }

    /** The distance, if known. */
    public Optional<BigDecimal> distance() {
        return Optional.ofNullable(distanceKm);
    }

    /** The L/100 km, if computed. */
    public Optional<BigDecimal> rate() {
        return Optional.ofNullable(litresPer100Km);
    }

    /** Whether an anomaly was found. */
    public boolean isAnomaly() {
        return !anomaly.isEmpty();
    }
}
