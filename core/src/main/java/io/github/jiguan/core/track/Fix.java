package io.github.jiguan.core.track;

import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * 定位点: one position report of a vehicle's terminal.
 *
 * <p>A fix keeps whatever coordinates the terminal sent: a fix with {@code valid == false}, with
 * coordinates out of range or at (0, 0) is not a position, but it still proves the terminal was
 * online ({@link #isPosition()}). For millions of fixes, the trajectory code uses columnar arrays
 * rather than these records.
 *
 * @param vehicleId  the vehicle
 * @param time       when the fix was taken (terminal time)
 * @param latitude   signed degrees as sent; any finite value
 * @param longitude  signed degrees as sent; any finite value
 * @param speedKmh   speed in km/h, in [0, 6553.5] (JT/T 808 carries 0.1 km/h in 16 bits)
 * @param heading    direction in degrees clockwise from north, in [0, 360]
 * @param acc        the ignition state, {@link Acc#UNKNOWN} when not reported
 * @param valid      whether the terminal flagged the position as valid (positioned)
 * @param receivedAt when the platform received it, or {@code null} when unknown
 */
public record Fix(String vehicleId, Instant time, double latitude, double longitude, double speedKmh,
                  int heading, Acc acc, boolean valid, Instant receivedAt) {

    /** Validates the fields. */
    public Fix {
        vehicleId = Checks.id("vehicle id", vehicleId);
        Checks.notNull("time", time);
        Checks.finite("latitude", latitude);
        Checks.finite("longitude", longitude);
        Checks.inRange("speed (km/h)", speedKmh, 0, 6553.5);
        Checks.inRange("heading", heading, 0, 360);
        Checks.notNull("acc", acc);
    }

    /** A valid fix with unknown ACC, no speed or heading and no receive time: the common test case. */
    public static Fix at(String vehicleId, Instant time, double latitude, double longitude) {
        return new Fix(vehicleId, time, latitude, longitude, 0, 0, Acc.UNKNOWN, true, null);
    }

    /** Whether the fix is a usable position: flagged valid, in range and not at (0, 0). */
    public boolean isPosition() {
        return valid && GeoPoint.isPosition(latitude, longitude);
    }

    /** The position, when the fix is one. */
    public Optional<GeoPoint> position() {
        return isPosition() ? Optional.of(new GeoPoint(latitude, longitude)) : Optional.empty();
    }

    /** How late the fix reached the platform (a blind-area re-upload arrives hours late), if known. */
    public Optional<Duration> delay() {
        return receivedAt == null ? Optional.empty() : Optional.of(Duration.between(time, receivedAt));
    }

    /** A copy with another receive time. */
    public Fix withReceivedAt(Instant value) {
        return new Fix(vehicleId, time, latitude, longitude, speedKmh, heading, acc, valid, value);
    }
}
