package io.github.jiguan.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FastFormatTest {

    private static String time(long millis, int offset) {
        StringBuilder b = new StringBuilder();
        FastFormat.time(b, millis, offset);
        return b.toString();
    }

    private static String decimal(double v, int places) {
        StringBuilder b = new StringBuilder();
        FastFormat.decimal(b, v, places);
        return b.toString();
    }

    @ParameterizedTest
    @CsvSource({
        "2025-01-06T01:21:00Z, 28800, 2025-01-06T09:21:00+08:00",
        "2025-01-06T01:21:00.250Z, 28800, 2025-01-06T09:21:00.250+08:00",
        "2024-02-29T16:00:00Z, 28800, 2024-03-01T00:00:00+08:00",
        "1969-12-31T23:59:59.999Z, 0, 1969-12-31T23:59:59.999Z",
        "2000-01-01T00:00:00Z, -16200, 1999-12-31T19:30:00-04:30"
    })
    void timesAreIso8601AtTheFixedOffset(String instant, int offset, String expected) {
        assertEquals(expected, time(Instant.parse(instant).toEpochMilli(), offset));
    }

    @Test
    void timesAgreeWithJavaTimeOverFourHundredYears() {
        SplittableRandom r = new SplittableRandom(7);
        long from = Instant.parse("1800-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2200-01-01T00:00:00Z").toEpochMilli();
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        for (int i = 0; i < 20_000; i++) {
            long t = r.nextLong(from, to) / 1000 * 1000;
            String expected = iso.format(Instant.ofEpochMilli(t).atOffset(ZoneOffset.ofHours(8)));
            assertEquals(expected, time(t, 8 * 3600), () -> "at " + t);
        }
    }

    @ParameterizedTest
    @CsvSource({"38.0412345, 6, 38.041235", "-0.5, 6, -0.500000", "12.34, 1, 12.3", "0.05, 1, 0.1", "-0.04, 1, 0.0",
        "114.5, 0, 115", "7, 2, 7.00"})
    void decimalsRoundHalfAwayFromZeroToTheirPlaces(double value, int places, String expected) {
        assertEquals(expected, decimal(value, places));
    }

    @Test
    void decimalsAgreeWithBigDecimalForCoordinates() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            double v = r.nextInt(-180_000_000, 180_000_000) / 1e6;
            String expected = new BigDecimal(Double.toString(v)).setScale(6, RoundingMode.HALF_UP).toPlainString();
            assertEquals(expected, decimal(v, 6), () -> "for " + v);
        }
    }
}
