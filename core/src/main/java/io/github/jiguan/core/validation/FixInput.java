package io.github.jiguan.core.validation;

import io.github.jiguan.core.csv.Cells;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.Fix;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One row of fixes.csv as text, with the constraints a bulk import checks before building the
 * {@link Fix}. Coordinates out of range are allowed: such a fix is not a position but still shows
 * the terminal was online.
 *
 * @param vehicleId  required
 * @param time       ISO-8601 with offset, required
 * @param lat        degrees, required
 * @param lon        degrees, required
 * @param speedKmh   km/h in [0, 6553.5]; empty means 0
 * @param heading    degrees in [0, 360]; empty means 0
 * @param acc        1, 0 or empty (unknown)
 * @param valid      1 or 0, required
 * @param receivedAt ISO-8601 with offset; empty when unknown
 */
public record FixInput(
        @NotBlank(message = "{io.github.jiguan.core.validation.required}")
        @Size(max = 64, message = "{io.github.jiguan.core.validation.id}") String vehicleId,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}") @OffsetTimestamp String time,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}")
        @DecimalText(min = "-1000", max = "1000") String lat,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}")
        @DecimalText(min = "-1000", max = "1000") String lon,
        @DecimalText(min = "0", max = "6553.5") String speedKmh,
        @DecimalText(min = "0", max = "360") String heading,
        @Pattern(regexp = "[01]?", message = "{io.github.jiguan.core.validation.acc}") String acc,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}")
        @Pattern(regexp = "[01]?", message = "{io.github.jiguan.core.validation.flag}") String valid,
        @OffsetTimestamp String receivedAt) {

    /**
     * Builds the fix.
     *
     * @throws io.github.jiguan.core.InvalidValueException naming the field when a value is bad
     */
    public Fix toFix() {
        double speed = Cells.isAbsent(speedKmh) ? 0 : Cells.number("speed_kmh", speedKmh);
        int dir = Cells.isAbsent(heading) ? 0 : (int) Math.round(Cells.number("heading", heading));
        return new Fix(vehicleId, Cells.instant("time", time), Cells.number("lat", lat), Cells.number("lon", lon),
                speed, dir, Acc.fromFlag(acc), parseValid(), Cells.optionalInstant("received_at", receivedAt).orElse(null));
    }

    private boolean parseValid() {
        String v = valid == null ? "" : valid.strip();
        return switch (v) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new io.github.jiguan.core.InvalidValueException("valid", "must be 1 or 0", valid);
        };
    }
}
