package io.github.jiguan.standards.fuel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.csv.RowCounts;
import io.github.jiguan.core.fleet.FuelRecord;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FuelCsvTest {

    @Test
    void aRefuellingGivenTwiceIsARepeatNotASecondRefuelling() {
        List<Rejection> seen = new ArrayList<>();
        ImportLog log = ImportLog.lenient(seen::add);
        List<FuelRecord> records = FuelCsv.readFuel(CsvReader.of(new StringReader("""
                vehicle_id,time,litres,amount_yuan,odometer_km
                V1,2025-06-01T09:00:00+08:00,40,300,1000
                V1,2025-06-01T09:00:00+08:00,40,300,1000
                V2,2025-06-01T09:00:00+08:00,40,300,1000
                V1,2025-06-20T09:00:00+08:00,0x1.3p5,300,1200
                """), "fuel.csv"), Set.of("V1"), log);
        assertEquals(1, records.size());
        assertEquals(new RowCounts("fuel.csv", 1, 2, 1), log.counts("fuel.csv"));
        assertEquals("fuel.csv:3: time repeats the record of line 2: \"2025-06-01T09:00:00+08:00\"", seen.get(0).toString());
        assertTrue(seen.get(1).toString().contains("vehicle_id is not in the vehicle register"), seen.get(1).toString());
    }

    @Test
    void aMonthGivenTwiceForAVehicleIsARepeat() {
        ImportLog log = ImportLog.lenient(r -> { });
        TripDistance d = FuelCsv.readTrips(CsvReader.of(new StringReader("""
                vehicle_id,month,distance_km
                V1,2025-06,400
                V1,2025-06,400
                V1,2025-13,10
                """), "trips.csv"), Set.of("V1"), log);
        assertEquals(new BigDecimal("400"), d.distance("V1", YearMonth.of(2025, 6)).orElseThrow().distance().orElseThrow());
        assertEquals(new RowCounts("trips.csv", 1, 1, 1), log.counts("trips.csv"));
    }
}
