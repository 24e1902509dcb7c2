package io.github.jiguan.testkit.track;

import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.testkit.Generator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Plausible vehicle plans: parking with reports every 10 or 30 minutes, drives of up to about
 * 11 km at 15 to 90 km/h with a fix every 30 s, halts shorter than a stop (red lights), silences
 * of up to 2.5 hours (gaps), far-away glitches, fixes that are no position, ignition changes and
 * duplicate reports. Plans shrink toward fewer steps, shorter parks and drives near the origin.
 */
public final class Tracks {

    /** A county seat in Hebei: the default origin. */
    public static final GeoPoint SEAT = GeoPoint.of(38.0428, 114.5149);

    private Tracks() {
    }

    /** One step, of every kind, the parks and drives more often than the rest. */
    public static Generator<Step> steps() {
        Generator<Step> longPark = Generator.ints(1, 300).map(m -> new Step.Park(Duration.ofMinutes(m), Duration.ofMinutes(30)));
        Generator<Step> shortPark = Generator.ints(1, 300).map(m -> new Step.Park(Duration.ofMinutes(m), Duration.ofMinutes(10)));
        Generator<Step> drive = (r, size) -> new Step.Drive(r.nextInt(-8000, 8001), r.nextInt(-8000, 8001), r.nextInt(15, 91),
                Duration.ofSeconds(30));
        Generator<Step> halt = Generator.ints(31, 330).map(s -> new Step.Park(Duration.ofSeconds(s), Duration.ofSeconds(10)));
        Generator<Step> silence = Generator.ints(0, 150).map(m -> new Step.Silence(Duration.ofMinutes(m)));
        Generator<Step> glitch = (r, size) -> new Step.Glitch(30_000 + r.nextInt(-8000, 8001), r.nextInt(-8000, 8001));
        Generator<Step> notAPosition = (r, size) -> new Step.NotAPosition(r.nextBoolean(), r.nextBoolean());
        Generator<Step> ignition = Generator.elements(Acc.UNKNOWN, Acc.ON, Acc.OFF).map(Step.Ignition::new);
        Generator<Step> report = Generator.constant(new Step.Report());
        return Generator.oneOf(report, longPark, shortPark, drive, drive, halt, silence, glitch, notAPosition, ignition);
    }

    /** Plans of 4 to {@code maxSteps} steps (at most 4 + size) from {@code origin} at {@code start}. */
    public static Generator<TrackPlan> plans(GeoPoint origin, Instant start, int maxSteps) {
        Generator<List<Step>> steps = Generator.listOf(steps(), 4, maxSteps);
        return steps.map(s -> new TrackPlan(origin, start, s));
    }

    /** {@link #plans} rendered for vehicle {@code vehicleId}. */
    public static Generator<Track> tracks(String vehicleId, GeoPoint origin, Instant start, int maxSteps) {
        return plans(origin, start, maxSteps).map(p -> p.render(vehicleId));
    }
}
