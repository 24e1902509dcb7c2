package io.github.jiguan.core.interchange;

import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.RowCounts;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.FleetFixes;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconcileCsvTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void badVehicleRowsAreReportedWithLineAndColumnAndTheGoodOnesKept() {
        String csv = "vehicle_id,plate,agency_id,category,base_lat,base_lon\n"
                + "V1,冀A12345,A01,GENERAL,38.04,114.51\n"
                + "V2,冀A1234,A01,GENERAL,,\n"
                + "V1,冀A12346,A01,GENERAL,,\n"
                + "V3,冀A12347,A01,TRUCK,,\n";
        List<Rejection> bad = new ArrayList<>();
        List<Vehicle> vs = VehiclesCsv.read(CsvReader.of(new StringReader(csv), "vehicles.csv"), ImportLog.lenient(bad::add));
        assertEquals(List.of("V1"), vs.stream().map(Vehicle::id).toList());
        assertEquals(3, bad.size());
        assertEquals("vehicles.csv", bad.get(0).source());
        assertEquals(3, bad.get(0).line());
        assertEquals("plate", bad.get(0).column());
        assertEquals("vehicle_id", bad.get(1).column());
        assertTrue(bad.get(1).reason().contains("line 2"), bad.get(1).reason());
        assertEquals(5, bad.get(2).line());
    }

    @Test
    void ordersRoundTripAndBadTimesAreRejected() {
        String csv = String.join(",", OrdersCsv.HEADER) + "\n"
                + "O1,V1,2025-01-05T17:00:00+08:00,2025-01-06T09:00:00+08:00,2025-01-06T11:00:00+08:00,,,"
                + "ONLINE,COMPLETED,false,县政府,\"调研, 检查\"\n"
                + "O2,V1,2025-01-05 17:00,2025-01-06T09:00:00+08:00,2025-01-06T11:00:00+08:00,,,ONLINE,COMPLETED,,,\n";
        List<Rejection> bad = new ArrayList<>();
        ImportLog log = ImportLog.lenient(bad::add);
        List<DispatchOrder> orders = OrdersCsv.read(CsvReader.of(new StringReader(csv), "orders.csv"), log);
        assertEquals(new RowCounts("orders.csv", 1, 1, 0), log.counts("orders.csv"));
        assertEquals(1, orders.size());
        assertEquals("调研, 检查", orders.get(0).purpose());
        assertEquals("created_at", bad.get(0).column());
        assertEquals(3, bad.get(0).line());
        StringWriter out = new StringWriter();
        try (CsvWriter w = CsvWriter.of(out, OrdersCsv.HEADER)) {
            OrdersCsv.write(w, orders, ZONE);
        }
        assertEquals(orders, OrdersCsv.read(CsvReader.of(new StringReader(out.toString()), "x"), ImportLog.strict()));
    }

    @Test
    void fixesReadFastAndRejectWhatFixInputRejects() {
        String csv = String.join(",", FixesCsv.HEADER) + "\n"
                + "V1,2025-01-06T09:21:00+08:00,38.041234,114.512345,36.5,90,1,1,2025-01-06T09:21:02+08:00\n"
                + "V1,2025-01-06T09:21:30.5+08:00, 38.05 ,114.52,,,,0,\n"
                + "V1,2025-01-06T09:22:00+08:00,38.05,114.52,7000,0,1,1,\n"
                + "V1,2025-01-06T09:22:00+08:00,38.05,114.52,0,0,2,1,\n"
                + "V9,2025-01-06T09:22:00+08:00,38.05,114.52,0,0,1,1,\n"
                + "V1,yesterday,38.05,114.52,0,0,1,1,\n";
        FleetFixes fleet = new FleetFixes();
        fleet.vehicle("V1");
        List<Rejection> bad = new ArrayList<>();
        ImportLog log = ImportLog.lenient(bad::add);
        FixesCsv.read(CsvReader.of(new StringReader(csv), "fixes.csv"),
                id -> fleet.vehicleIds().contains(id) ? fleet.vehicle(id) : null, log);
        assertEquals(new RowCounts("fixes.csv", 2, 4, 0), log.counts("fixes.csv"));
        List<Fix> fixes = fleet.columns("V1").toFixes();
        assertEquals(new Fix("V1", Instant.parse("2025-01-06T01:21:00Z"), 38.041234, 114.512345, 36.5, 90, Acc.ON, true,
                Instant.parse("2025-01-06T01:21:02Z")), fixes.get(0));
        assertEquals(Instant.parse("2025-01-06T01:21:30.500Z"), fixes.get(1).time());
        assertEquals(38.05, fixes.get(1).latitude());
        assertEquals(List.of("speed_kmh", "acc", "vehicle_id", "time"), bad.stream().map(Rejection::column).toList());
        assertEquals(List.of(4L, 5L, 6L, 7L), bad.stream().map(Rejection::line).toList());
    }

    @Test
    void strictModeStopsAtTheFirstBadRow() {
        String csv = String.join(",", FixesCsv.HEADER) + "\nV1,bad,1,1,,,,1,\nV1,bad,1,1,,,,1,\n";
        FleetFixes fleet = new FleetFixes();
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> FixesCsv.read(
                CsvReader.of(new StringReader(csv), "fixes.csv"), fleet::vehicle, ImportLog.strict()));
        assertEquals(2, e.rejection().line());
    }

    @Test
    void fixesWrittenFastReadBackTheSame() {
        StringWriter out = new StringWriter();
        FixesCsv.Writer w = new FixesCsv.Writer(out, 8 * 3600);
        w.write("V1", Instant.parse("2025-01-06T01:21:00.250Z").toEpochMilli(), 38.0412345, -0.5, 12.34, 270, Acc.OFF,
                false, Instant.parse("2025-01-06T05:00:00Z").toEpochMilli());
        assertTrue(out.toString().contains("V1,2025-01-06T09:21:00.250+08:00,38.041235,-0.500000,12.3,270,0,0,"
                + "2025-01-06T13:00:00+08:00"), out.toString());
        FleetFixes fleet = new FleetFixes();
        FixesCsv.read(CsvReader.of(new StringReader(out.toString()), "f"), fleet::vehicle, ImportLog.strict());
        assertEquals(Acc.OFF, fleet.columns("V1").acc(0));
    }

    @Test
    void anOrderNamesItsDriverInTheOptionalColumnAndABadOneIsRejected() {
        String csv = String.join(",", OrdersCsv.HEADER) + ",driver_id\n"
                + "O1,V1,2025-01-06T08:00+08:00,2025-01-06T09:00+08:00,2025-01-06T10:00+08:00,,,ONLINE,COMPLETED,false,,,D7\n"
                + "O2,V1,2025-01-06T08:00+08:00,2025-01-06T09:00+08:00,2025-01-06T10:00+08:00,,,ONLINE,COMPLETED,false,,,\n"
                + "O3,V1,2025-01-06T08:00+08:00,2025-01-06T09:00+08:00,2025-01-06T10:00+08:00,,,ONLINE,COMPLETED,false,,," + "D".repeat(65) + "\n";
        List<Rejection> bad = new ArrayList<>();
        List<DispatchOrder> orders = OrdersCsv.read(CsvReader.of(new StringReader(csv), "orders.csv"), ImportLog.lenient(bad::add));
        assertEquals(List.of(java.util.Optional.of("D7"), java.util.Optional.empty()),
                orders.stream().map(DispatchOrder::driverId).toList());
        assertEquals(1, bad.size());
        assertEquals("driver_id", bad.get(0).column());
    }
}
