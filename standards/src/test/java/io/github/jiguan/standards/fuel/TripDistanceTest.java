package io.github.jiguan.standards.fuel;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.track.Trip;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TripDistanceTest {

    private static Trip trip(String start, double metres) {
        OffsetDateTime s = OffsetDateTime.parse(start);
        return new Trip(s.toInstant(), s.plusMinutes(20).toInstant(), metres, GeoPoint.of(38.04, 114.51),
                GeoPoint.of(38.10, 114.51), 40, Trip.Ending.STOP);
    }

    @Test
    void detectedTripsAreSummedIntoTheMonthTheyStartInAtBeijingTime() {
        // 00:10 on 1 July in Beijing is still 30 June in UTC: the trip belongs to July.
        TripDistance d = TripDistance.builder().addTrips("V1", List.of(
                trip("2025-06-30T08:00:00+08:00", 12_345.4),
                trip("2025-06-30T18:00:00+08:00", 654.6),
                trip("2025-07-01T00:10:00+08:00", 20_000)), ChinaTime.ZONE).build();
        assertEquals(new BigDecimal("13.000"), d.distance("V1", YearMonth.of(2025, 6)).orElseThrow().km());
        assertEquals(new BigDecimal("20.000"), d.distance("V1", YearMonth.of(2025, 7)).orElseThrow().km());
        assertEquals("trips", d.distance("V1", YearMonth.of(2025, 7)).orElseThrow().source());
        assertEquals(Optional.empty(), d.distance("V2", YearMonth.of(2025, 6)));
    }

    @Test
    void aVehicleIdIsRequired() {
        assertThrows(InvalidValueException.class,
                () -> TripDistance.builder().addTrips(" ", List.of(trip("2025-06-30T08:00:00+08:00", 1)), ChinaTime.ZONE));
    }
}
