package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.core.interchange.FixesCsv;
import io.github.jiguan.testkit.county.CountyFleetGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fixes.csv files the CSV benchmarks read: a generated county fleet (2 s reporting while
 * moving, as {@code jiguan sample --moving-interval 2} writes it) cut at exactly {@code rows} rows,
 * written once to the temporary directory and reused by later runs.
 */
final class FixesFiles {

    /** Rows of the file every CSV benchmark reads: large enough that a read takes a few hundred ms. */
    static final int ROWS = 2_000_000;

    private FixesFiles() {
    }

    /** The file of {@link #ROWS} rows, written if missing, and its vehicles. */
    record Sample(Path file, Set<String> vehicles) {
    }

    static Sample sample() {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "jiguan-bench-fixes-" + ROWS + ".csv");
        Set<String> vehicles = new TreeSet<>();
        CountyFleetGenerator generator = CountyFleetGenerator.builder().vehicles(670).days(30)
                .movingInterval(Duration.ofSeconds(2)).build();
        boolean write = !Files.exists(file);
        try (BufferedWriter out = write ? Files.newBufferedWriter(file, StandardCharsets.UTF_8) : null;
             FixesCsv.Writer w = write ? new FixesCsv.Writer(out, 8 * 3600) : null) {
            int[] n = {0};
            generator.generate((id, t, lat, lon, speed, heading, acc, valid, received) -> {
                if (n[0]++ < ROWS) {
                    vehicles.add(id);
                    if (w != null) {
                        w.write(id, t, lat, lon, speed, heading, acc, valid, received);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Sample(file, vehicles);
    }
}
