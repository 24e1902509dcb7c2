package io.github.jiguan.testkit.county;

import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.interchange.OrdersCsv;
import io.github.jiguan.core.interchange.VehiclesCsv;
import io.github.jiguan.core.track.FleetFixes;
import io.github.jiguan.core.interchange.FixesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example data set reads back without a rejected row and is the same on every run. */
class OperationsExampleTest {

    @Test
    void theFilesReadBackCleanlyAndAreWrittenTheSameTwice(@TempDir Path a, @TempDir Path b) throws IOException {
        OperationsExample.write(a);
        OperationsExample.write(b);
        for (String name : List.of("vehicles.csv", "orders.csv", "fixes.csv", "dossier.csv", "drivers.csv", "costs.csv",
                "rentals.csv", "markings.csv", "areas.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
        ImportLog log = ImportLog.strict();
        try (CsvReader in = CsvReader.open(a.resolve("vehicles.csv"))) {
            assertEquals(8, VehiclesCsv.read(in, log).size());
        }
        try (CsvReader in = CsvReader.open(a.resolve("orders.csv"))) {
            assertEquals(7, OrdersCsv.read(in, log).stream().filter(o -> o.driverId().isPresent()).count());
        }
        FleetFixes fixes = FixesFile.of(a.resolve("fixes.csv")).read(Set.copyOf(Arrays.asList("V01", "V02", "V03", "V04",
                "V05", "V06", "V07", "V08")), log);
        assertEquals(8, fixes.vehicleIds().size());
        assertEquals(0, log.rejected());
    }
}
