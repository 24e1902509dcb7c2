package io.github.jiguan.standards.fuel;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Where the fuel disclosure gets each vehicle's monthly distance: from trips detected in its
 * trajectory when the platform has them ({@link TripDistance}), else from the odometer readings
 * recorded at refuelling ({@link OdometerDistance}). Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface DistanceSource {

    /**
     * The distance of a vehicle in a month (calendar month in the disclosure's time zone), or empty
     * when this source knows nothing of that vehicle and month.
     */
    Optional<MonthlyDistance> distance(String vehicleId, YearMonth month);

    /** This source where it knows the vehicle and month, else {@code fallback}. */
    default DistanceSource orElse(DistanceSource fallback) {
        return (vehicleId, month) -> {
            Optional<MonthlyDistance> mine = distance(vehicleId, month);
            return mine.isPresent() ? mine : fallback.distance(vehicleId, month);
        };
    }
}
