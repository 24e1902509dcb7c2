package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.fleet.AreaAssignment;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.MarkingChange;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.RentalContract;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleFile;
import io.github.jiguan.core.interchange.FixesFile;
import io.github.jiguan.core.interchange.OrdersCsv;
import io.github.jiguan.core.interchange.VehiclesCsv;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.FleetFixes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vehicle-operations example of the README compiles and works: its Java block is the body of
 * {@link #readmeExample} below, line for line, run on the example data of examples/data/vehicles.
 */
class OpsReadmeExampleTest {

    private static final String BEGIN = "// README begin";
    private static final String END = "// README end";
    private static final Path DATA = Path.of("..", "examples", "data", "vehicles");

    private final ImportLog log = ImportLog.strict();
    private final List<Vehicle> vehicles = read("vehicles.csv", VehiclesCsv::read);
    private final List<VehicleFile> files = read("dossier.csv", OperationsCsv::readDossiers);
    private final List<Driver> drivers = read("drivers.csv", OperationsCsv::readDrivers);
    private final List<DispatchOrder> orders = read("orders.csv", OrdersCsv::read);
    private final List<CostRecord> costs = read("costs.csv", OperationsCsv::readCosts);
    private final List<RentalContract> rentals = read("rentals.csv", OperationsCsv::readRentals);
    private final List<MarkingChange> markings = read("markings.csv", OperationsCsv::readMarkings);
    private final List<AreaAssignment> areas = read("areas.csv", OperationsCsv::readAreas);
    private final FleetFixes fixes = FixesFile.of(DATA.resolve("fixes.csv"))
            .read(vehicles.stream().map(Vehicle::id).collect(Collectors.toSet()), log);
    private OperationsReport seenReport;
    private ComplaintAnswer seenAnswer;
    private String seenJson;
    private String seenHtml;

    private <T> List<T> read(String name, BiFunction<CsvReader, ImportLog, List<T>> reader) {
        try (CsvReader in = CsvReader.open(DATA.resolve(name))) {
            return reader.apply(in, log);
        }
    }

    private void readmeExample() {
        // README begin
        OperationsData data = OperationsData.of(vehicles).withFiles(files).withDrivers(drivers).withOrders(orders)
                .withCosts(costs).withRentals(rentals).withMarkings(markings).withAreas(areas)
                .withFixes(fixes, AuditPeriod.of(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 2)));
        OperationsReport report = VehicleOperations.national().run(data, LocalDate.of(2025, 3, 1));
        report.findings();  // DOSSIER_INCOMPLETE … COST_UNATTACHED: Findings of OpsFindingType, evidence in OpsEvidence
        report.tripCosts(); // each trip with its order, driver, fuel, tolls and allowance; then the costs no trip takes

        ComplaintDesk desk = ComplaintDesk.of(WorkCalendar.chinaOfficial());    // 12345: plate and time
        ComplaintAnswer answer = desk.lookup(new Complaint(Plate.of("冀H10004"),
                OffsetDateTime.parse("2025-02-12T14:05+08:00").toInstant(), Optional.empty(), Instant.now()), data);
        answer.verdict();   // NO_ORDER, with the vehicle, unit, trip, excerpt, driver and the 3-day deadline
        String json = ComplaintJson.of(answer, Language.ZH);                    // the evidence package
        String html = ComplaintHtml.of(answer);                                 // one printable page
        // README end
        seenReport = report;
        seenAnswer = answer;
        seenJson = json;
        seenHtml = html;
    }

    @Test
    void theReadmeBlockIsThisCode() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Vehicle operations");
        int from = readme.indexOf("```java\n", section) + "```java\n".length();
        List<String> block = List.of(readme.substring(from, readme.indexOf("```\n", from)).split("\n"));
        String source = Files.readString(Path.of("src/test/java/io/github/jiguan/standards/vehicle/ops/OpsReadmeExampleTest.java"),
                StandardCharsets.UTF_8);
        List<String> body = new ArrayList<>();
        int begin = source.indexOf(BEGIN + "\n") + BEGIN.length() + 1;
        for (String line : source.substring(begin, source.indexOf(END + "\n", begin)).split("\n")) {
            body.add(line.length() >= 8 ? line.substring(8) : line.strip());
        }
        body = body.subList(0, body.size() - 1);
        assertEquals("import io.github.jiguan.standards.vehicle.ops.*;", block.get(0));
        assertEquals(String.join("\n", body), String.join("\n", block.subList(2, block.size())));
    }

    @Test
    void theExampleFindsEveryKindAndAnswersTheComplaint() {
        readmeExample();
        Set<OpsFindingType> kinds = EnumSet.noneOf(OpsFindingType.class);
        seenReport.findings().forEach(f -> kinds.add((OpsFindingType) f.type()));
        assertEquals(EnumSet.allOf(OpsFindingType.class), kinds);
        assertEquals(ComplaintAnswer.Verdict.NO_ORDER, seenAnswer.verdict());
        assertTrue(seenJson.contains("\"driver_id\": \"D04\""), seenJson);
        assertTrue(seenHtml.contains("无派车单"));
    }
}
