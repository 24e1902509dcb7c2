package io.github.jiguan.standards.fuel;

import io.github.jiguan.core.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The distance a vehicle covered in a month, from one {@link DistanceSource}, or why it is unknown.
 *
 * @param km     the distance in km, or {@code null} when the source could not measure it
 * @param source the source's name, such as {@code odometer} or {@code trips}
 * @param from   the instant the measured distance starts when it starts inside the month (the
 *               first odometer reading of the month); {@code null} when it covers the whole month
 * @param note   why the distance is unknown or how it was measured; may be empty
 */
public record MonthlyDistance(BigDecimal km, String source, Instant from, String note) {

    /** Validates the fields; a null note becomes empty. */
    public MonthlyDistance {
        if (km != null) {
            Checks.nonNegative("distance (km)", km);
        }
        source = Checks.notBlank("distance source", source);
        note = note == null ? "" : note;
    }

    /** A measured distance over the whole month. */
    public static MonthlyDistance of(BigDecimal km, String source) {
        return new MonthlyDistance(Checks.nonNegative("distance (km)", km), source, null, "");
    }

    /** An unknown distance, with the reason. */
    public static MonthlyDistance unknown(String source, String why) {
        return new MonthlyDistance(null, source, null, Checks.notBlank("reason", why));
    }

    /** The distance, if measured. */
    public Optional<BigDecimal> distance() {
        return Optional.ofNullable(km);
    }

    /** Where the measured distance starts, when it starts inside the month. */
    public Optional<Instant> start() {
        return Optional.ofNullable(from);
    }
}
