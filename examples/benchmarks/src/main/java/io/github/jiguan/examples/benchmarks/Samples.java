package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.testkit.county.CountyFleetGenerator;
import io.github.jiguan.testkit.county.SampleFleet;
import io.github.jiguan.core.track.FleetFixes;
import java.time.Duration;

/** Generated fleets held in memory for the benchmarks. */
final class Samples {

    /** A fleet and its fixes. */
    record InMemory(SampleFleet fleet, FleetFixes fixes) {
    }

    private Samples() {
    }

    /**
     * {@code vehicles} vehicles over {@code days} days from 2025-01-06, terminals reporting every
     * {@code intervalSeconds} while moving (2 s gives about 20 million fixes for 1,000 vehicles × 30 days).
     */
    static InMemory generate(int vehicles, int days, int intervalSeconds) {
        FleetFixes fixes = new FleetFixes();
        SampleFleet fleet = CountyFleetGenerator.builder().vehicles(vehicles).days(days)
                .movingInterval(Duration.ofSeconds(intervalSeconds)).build()
                .generate((id, t, lat, lon, speed, heading, acc, valid, received) ->
                        fixes.vehicle(id).add(t, lat, lon, speed, heading, acc, valid, received));
        return new InMemory(fleet, fixes);
    }
}
