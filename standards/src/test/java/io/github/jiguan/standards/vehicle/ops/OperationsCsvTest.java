package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.DriverEmployment;
import io.github.jiguan.core.fleet.MarkingState;
import io.github.jiguan.core.geo.GeoFence;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Each input file keeps its good rows and reports a bad one with line, column, text and reason. */
class OperationsCsvTest {

    private final List<Rejection> bad = new ArrayList<>();
    private final ImportLog log = ImportLog.lenient(bad::add);

    private static CsvReader csv(String name, String text) {
        return CsvReader.of(new StringReader(text), name);
    }

    @Test
    void dossiersKeepEmptyCellsAsMissingAndRejectABadDate() {
        var files = OperationsCsv.readDossiers(csv("dossier.csv", String.join(",", OperationsCsv.DOSSIER) + "\n"
                + "V1,冀编〔2020〕1号,2024-06-01,2025-12-31,2025-12-31,城关修理厂,中石化城关站,P1,2024-06-10,,150000,\n"
                + "V2,,2024-13-01,,,,,,,,,\n"
                + "V1,,,,,,,,,,,\n"), log);
        assertEquals(1, files.size());
        assertEquals(Optional.empty(), files.get(0).terminalChecked());
        assertEquals(List.of("registered", "vehicle_id"), bad.stream().map(Rejection::column).toList());
        assertEquals(1, log.repeats());
    }

    @Test
    void driversCostsRentalsMarkingsAndAreasAreRead() {
        var drivers = OperationsCsv.readDrivers(csv("drivers.csv", String.join(",", OperationsCsv.DRIVERS) + ",vehicle_id\n"
                + "D1,张三,A01,借调,C1,2026-01-01,V1\nD2,李四,A01,TEMPORARY,C1,,\n"), log);
        assertEquals(DriverEmployment.SECONDED, drivers.get(0).employment());
        assertEquals(Optional.of("V1"), drivers.get(0).vehicleId());
        var costs = OperationsCsv.readCosts(csv("costs.csv", String.join(",", OperationsCsv.COSTS) + ",order_id\n"
                + "C1,V1,TOLL,2025-02-03T09:20+08:00,15,石家庄收费站,O1\nC2,V1,TOLL,2025-02-03T09:20+08:00,-1,,\n"), log);
        assertEquals(CostKind.TOLL, costs.get(0).kind());
        assertEquals(Optional.of("O1"), costs.get(0).orderId());
        var rentals = OperationsCsv.readRentals(csv("rentals.csv", String.join(",", OperationsCsv.RENTALS) + "\n"
                + "R1,A01,V9,某租赁公司,2025-02-01,2025-02-10,5000,4000,\n"), log);
        assertEquals(Optional.of(new BigDecimal("4000")), rentals.get(0).ceilingYuan());
        var markings = OperationsCsv.readMarkings(csv("markings.csv", String.join(",", OperationsCsv.MARKINGS) + "\n"
                + "V1,2025-01-01,新旧标识并存\n"), log);
        assertEquals(new io.github.jiguan.core.fleet.MarkingChange("V1", LocalDate.of(2025, 1, 1), MarkingState.BOTH),
                markings.get(0));
        var areas = OperationsCsv.readAreas(csv("areas.csv", String.join(",", OperationsCsv.AREAS) + "\n"
                + "Z1,ENFORCEMENT,A01,,CIRCLE,38.04,114.51,2000,\n"
                + "Z2,PARKING,,V1,POLYGON,,,,38.04 114.51;38.05 114.51;38.05 114.52\n"
                + "Z3,PARKING,,V1,TRIANGLE,,,,\n"
                + "Z4,PARKING,,,CIRCLE,38.04,114.51,20,\n"), log);
        assertEquals(2, areas.size());
        assertInstanceOf(GeoFence.Polygon.class, areas.get(1).fence());
        assertEquals(List.of("employment", "amount_yuan", "shape", "agency_id"), bad.stream().map(Rejection::column).toList());
    }
}
