package io.github.jiguan.core.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.csv.RowCounts;
import io.github.jiguan.core.track.FleetFixes;
import java.util.concurrent.atomic.AtomicLong;
import java.io.IOException;
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
        try {
            List<Rejection> whole = new ArrayList<>();
            List<Rejection> parts = new ArrayList<>();
            ImportLog oneLog = ImportLog.lenient(whole::add);
            ImportLog threeLog = ImportLog.lenient(parts::add);
            AtomicLong bytes = new AtomicLong();
            FleetFixes one = FixesFile.of(file).read(Set.of("V1", "V2"), oneLog);
            FleetFixes three = FixesFile.of(file).threads(3, pool).partBytes(1).progress(bytes::addAndGet)
                    .read(Set.of("V1", "V2"), threeLog);
            assertEquals(whole, parts);
            assertEquals(List.of(15L, 715L, 1415L, 2115L, 2815L), whole.stream().map(Rejection::line).toList());
            assertEquals(oneLog.counts(), threeLog.counts());
            assertEquals(new RowCounts("fixes.csv", 2995, 5, 0), threeLog.counts("fixes.csv"));
            assertEquals(Files.size(file), bytes.get());
            assertEquals(one.columns("V1").toFixes(), three.columns("V1").toFixes());
            assertEquals(one.columns("V2").toFixes(), three.columns("V2").toFixes());
        } finally {
            pool.shutdown();
        }
    }
}
