package io.github.jiguan.examples.cli;

import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.standards.vehicle.ops.OpsFindingType;
import io.github.jiguan.testkit.county.OperationsExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code jiguan vehicle-ops} and {@code jiguan complaint} on the example data of examples/data/vehicles. */
class VehicleOpsCommandTest {

    /** The example data, from the module directory the tests run in. */
    private static final Path DATA = Path.of("..", "data", "vehicles");

    @Test
    void theExampleDataIsWhatTheTestkitWrites(@TempDir Path fresh) throws IOException {
        OperationsExample.write(fresh);
        try (Stream<Path> files = Files.list(fresh)) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(DATA.resolve(f.getFileName())),
                        f.getFileName() + " differs: regenerate examples/data/vehicles (docs/vehicle-ops.md)");
            }
        }
    }

    @Test
    void theExampleDataTriggersEveryFindingAndWritesEverySheet(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("vehicle-ops", "--data", DATA.toString(), "--as-of", "2025-03-01", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        Set<OpsFindingType> seen = EnumSet.noneOf(OpsFindingType.class);
        try (CsvReader in = CsvReader.open(out.resolve("findings.csv"))) {
            for (CsvRow r = in.next(); r != null; r = in.next()) {
                seen.add(OpsFindingType.valueOf(r.get("type")));
            }
        }
        assertEquals(EnumSet.allOf(OpsFindingType.class), seen);
        for (String sheet : List.of("trip-costs.csv", "annual-costs.csv", "unit-costs.csv", "energy-comparison.csv",
                "terminals.csv", "terminal-units.csv", "dossier-units.csv")) {
            assertTrue(Files.readAllLines(out.resolve(sheet)).size() > 1, sheet);
        }
        assertTrue(run.out().contains("14 trips costed, 1 costs unattached"), run.out());
    }

    @Test
    void aComplaintAboutTheCarThatLeftWithoutAnOrderIsAnsweredNoOrderWithItsDriver(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("complaint", "--plate", "冀H10004", "--time", "2025-02-12T14:05+08:00",
                "--received", "2025-02-12T15:00+08:00", "--data", DATA.toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("NO_ORDER 无派车单"), run.out());
        Path json = out.resolve("complaint-冀H10004-20250212T1405.json");
        String text = Files.readString(json);
        assertTrue(text.contains("\"driver_id\": \"D04\"") && text.contains("\"agency_id\":\"A01\"")
                && text.contains("\"deadline\": \"2025-02-15T15:00:00+08:00\"") && text.contains("TRIP_WITHOUT_ORDER"), text);
        assertTrue(Files.readString(out.resolve("complaint-冀H10004-20250212T1405.html")).contains("核查结论：无派车单"));
    }

    @Test
    void aMissingRegisterFailsLoudly(@TempDir Path empty) {
        CliRun run = CliRun.of("vehicle-ops", "--data", empty.toString(), "--as-of", "2025-03-01", "--out",
                empty.resolve("o").toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("no vehicles.csv"), run.err());
    }
}
