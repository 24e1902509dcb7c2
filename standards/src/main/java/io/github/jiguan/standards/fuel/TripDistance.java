package io.github.jiguan.standards.fuel;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import io.github.jiguan.core.track.Trip;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Monthly distance supplied by the caller, summed from the trips detected in each vehicle's
 * trajectory (core's trip detection, or the platform's own). Build one with {@link #builder()}.
 * Immutable and thread-safe.
 */
public final class TripDistance implements DistanceSource {

    /** The name of this source in the disclosure. */
    public static final String SOURCE = "trips";

    private final Map<String, BigDecimal> km;

    private TripDistance(Map<String, BigDecimal> km) {
        this.km = Map.copyOf(km);
    }

    /** A builder that sums the distances added for each vehicle and month. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<MonthlyDistance> distance(String vehicleId, YearMonth month) {
        return Optional.ofNullable(km.get(key(vehicleId, month))).map(d -> MonthlyDistance.of(d, SOURCE));
    }

    private static String key(String vehicleId, YearMonth month) {
        return vehicleId + "|" + month;
    }

    /** Collects distances; not thread-safe. */
    public static final class Builder {
        private final Map<String, BigDecimal> km = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a distance (one trip, or a month's total) for a vehicle and month.
         *
         * @throws InvalidValueException when the distance is negative
         */
        public Builder add(String vehicleId, YearMonth month, BigDecimal distanceKm) {
            Checks.id("vehicle id", vehicleId);
            Checks.notNull("month", month);
            Checks.nonNegative("distance (km)", distanceKm);
            km.merge(key(vehicleId.strip(), month), distanceKm, BigDecimal::add);
            return this;
        }

        /**
         * Adds the trips detected in a vehicle's trajectory (core.track), each to the month its
         * start falls in at {@code zone}, the same rule the reconciliation uses to place a trip in a
         * period. Distances are rounded to the metre.
         */
        public Builder addTrips(String vehicleId, Collection<Trip> trips, ZoneId zone) {
            Checks.notNull("trips", trips);
            Checks.notNull("zone", zone);
            for (Trip t : trips) {
                BigDecimal km = BigDecimal.valueOf(Math.round(t.distanceMetres())).movePointLeft(3);
                add(vehicleId, YearMonth.from(t.start().atZone(zone)), km);
            }
            return this;
        }

        /** The source. */
        public TripDistance build() {
            return new TripDistance(km);
        }
    }
}
