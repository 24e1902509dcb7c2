package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.geo.GeoPoint;
import java.time.Instant;
import java.util.Optional;

/**
 * A public complaint about a marked official car (12345 热线): the plate seen, when, and where if the
 * caller said.
 *
 * @param plate    the plate as reported
 * @param time     when the car was seen
 * @param near     where it was seen, if given
 * @param received when the complaint was received, from which the deadline runs
 */
public record Complaint(Plate plate, Instant time, Optional<GeoPoint> near, Instant received) {

    /** Validates the fields. */
    public Complaint {
        Checks.notNull("plate", plate);
        Checks.notNull("time", time);
        Checks.notNull("near", near);
        Checks.notNull("received", received);
    }
}
