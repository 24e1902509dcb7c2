package io.github.jiguan.examples.cli.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the demo runs: where it writes, and the county fleet it simulates.
 *
 * @param out      the report directory (created; nothing is written outside it)
 * @param vehicles vehicles of the county fleet, one terminal each (at least 6)
 * @param days     days simulated
 * @param from     the first day
 * @param seed     the generator's seed: the same seed gives the same fleet and the same report
 */
public record DemoConfig(Path out, int vehicles, int days, LocalDate from, long seed) {

    /** The defaults: 30 vehicles for 30 days from 2025-01-06, seed 1. */
    public static DemoConfig defaults(Path out) {
        return new DemoConfig(out, 30, 30, LocalDate.of(2025, 1, 6), 1);
    }

    /** Checks the values. */
    public DemoConfig {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(from, "from");
        if (vehicles < 6 || vehicles > 2_000) {
            throw new IllegalArgumentException("vehicles must be in [6, 2000]: " + vehicles);
        }
        if (days < 7 || days > 120) {
            throw new IllegalArgumentException("days must be in [7, 120]: " + days);
        }
    }

    /** The day the office and vehicle audits judge the registers on: the last day simulated. */
    public LocalDate asOf() {
        return from.plusDays(days - 1L);
    }
}
