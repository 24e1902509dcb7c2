package io.github.jiguan.core.track;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import java.time.Duration;

/**
 * The thresholds of trajectory cleaning and trip detection (docs/reconciliation.md), defaults first:
 *
 * <ul>
 *   <li>{@code maxSpeedKmh} 250: a position whose implied speed from the last kept position is
 *       higher is a glitch and is dropped;</li>
 *   <li>{@code stationaryRadiusMetres} 200: the vehicle is stationary while it stays this close to
 *       the anchor of a spell;</li>
 *   <li>{@code minStop} 300 s: a stationary spell at least this long is a stop; a shorter halt (a
 *       red light) does not split a trip;</li>
 *   <li>{@code minTripMetres} 500: a trip covering less is not kept;</li>
 *   <li>{@code maxGap} 3,600 s: a longer gap between positions ends the trip before it;</li>
 *   <li>{@code useAcc} true: an ignition-off report ends a trip at once once the vehicle stands;
 *       false uses motion alone even where ACC is reported.</li>
 * </ul>
 *
 * @param maxSpeedKmh            glitch threshold in km/h, in (0, 2000]
 * @param stationaryRadiusMetres anchor radius in metres, in (0, 10000]
 * @param minStop                shortest stop, positive
 * @param minTripMetres          shortest trip in metres, in [0, 1000000]
 * @param maxGap                 longest gap that does not end a trip, positive
 * @param useAcc                 whether ignition reports are used
 */
public record TrackPolicy(double maxSpeedKmh, double stationaryRadiusMetres, Duration minStop,
                          double minTripMetres, Duration maxGap, boolean useAcc) {

    private static final TrackPolicy DEFAULTS =
            new TrackPolicy(250, 200, Duration.ofSeconds(300), 500, Duration.ofSeconds(3600), true);

    /** Validates the thresholds. */
    public TrackPolicy {
        Checks.inRange("max speed (km/h)", maxSpeedKmh, Double.MIN_VALUE, 2000);
        Checks.inRange("stationary radius (m)", stationaryRadiusMetres, Double.MIN_VALUE, 10_000);
        positive("min stop", minStop);
        Checks.inRange("min trip (m)", minTripMetres, 0, 1_000_000);
        positive("max gap", maxGap);
    }

    /** The defaults of docs/reconciliation.md. */
    public static TrackPolicy defaults() {
        return DEFAULTS;
    }

    /** A copy with another glitch speed. */
    public TrackPolicy withMaxSpeedKmh(double value) {
        return new TrackPolicy(value, stationaryRadiusMetres, minStop, minTripMetres, maxGap, useAcc);
    }

    /** A copy with another anchor radius. */
    public TrackPolicy withStationaryRadiusMetres(double value) {
        return new TrackPolicy(maxSpeedKmh, value, minStop, minTripMetres, maxGap, useAcc);
    }

    /** A copy with another shortest stop. */
    public TrackPolicy withMinStop(Duration value) {
        return new TrackPolicy(maxSpeedKmh, stationaryRadiusMetres, value, minTripMetres, maxGap, useAcc);
    }

    /** A copy with another shortest trip. */
    public TrackPolicy withMinTripMetres(double value) {
        return new TrackPolicy(maxSpeedKmh, stationaryRadiusMetres, minStop, value, maxGap, useAcc);
    }

    /** A copy with another longest gap. */
    public TrackPolicy withMaxGap(Duration value) {
        return new TrackPolicy(maxSpeedKmh, stationaryRadiusMetres, minStop, minTripMetres, value, useAcc);
    }

    /** A copy that uses or ignores ignition reports. */
    public TrackPolicy withUseAcc(boolean value) {
        return new TrackPolicy(maxSpeedKmh, stationaryRadiusMetres, minStop, minTripMetres, maxGap, value);
    }

    static void positive(String field, Duration d) {
        Checks.notNull(field, d);
        if (d.isNegative() || d.isZero()) {
            throw new InvalidValueException(field, "must be positive", d);
        }
    }
}
