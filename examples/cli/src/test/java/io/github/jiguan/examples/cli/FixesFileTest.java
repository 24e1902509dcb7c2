package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.core.interchange.Rejection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixesFileTest {

    @TempDir
    Path dir;

    @Test
    void readingInPartsGivesTheSameFixesAndTheFilesLineNumbers() throws IOException {
        StringBuilder csv = new StringBuilder("vehicle_id,time,lat,lon,speed_kmh,heading,acc,valid,received_at\n");
        for (int i = 0; i < 3000; i++) {
            String time = i % 700 == 13 ? "not a time" : String.format("2025-01-06T%02d:%02d:%02d+08:00", i / 3600 + 8,
                    i / 60 % 60, i % 60);
            csv.append(i % 2 == 0 ? "V1" : "V2").append(',').append(time).append(",38.04,114.51,0,0,,1,\n");
        }
        Path file = dir.resolve("fixes.csv");
        Files.writeString(file, csv);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (Progress p = Progress.start(new PrintWriter(new StringWriter()), "fixes.csv", -1)) {
            List<Rejection> whole = new ArrayList<>();
            List<Rejection> parts = new ArrayList<>();
            FixesFile.Read one = new FixesFile(file).read(Set.of("V1", "V2"), 1, false, pool, whole::add, p);
            FixesFile.Read three = new FixesFile(file, 1).read(Set.of("V1", "V2"), 3, false, pool, parts::add, p);
            assertEquals(whole, parts);
            assertEquals(List.of(15L, 715L, 1415L, 2115L, 2815L), whole.stream().map(Rejection::line).toList());
            assertEquals(one.counts(), three.counts());
            assertEquals(one.fixes().columns("V1").toFixes(), three.fixes().columns("V1").toFixes());
            assertEquals(one.fixes().columns("V2").toFixes(), three.fixes().columns("V2").toFixes());
        } finally {
            pool.shutdown();
        }
    }
}
