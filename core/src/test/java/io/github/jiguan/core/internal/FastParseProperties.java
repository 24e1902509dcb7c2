package io.github.jiguan.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The fast paths agree with java.time and Double.parseDouble wherever they answer. */
class FastParseProperties {

    @Property(tries = 2000)
    void timesParseAsOffsetDateTimeDoes(@ForAll @LongRange(min = 0, max = 253_000_000_000_000L) long millis,
                                        @ForAll @IntRange(min = -18 * 4, max = 18 * 4) int quarterHours) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(quarterHours * 900);
        String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochMilli(millis).atOffset(offset));
        assertEquals(OffsetDateTime.parse(text).toInstant().toEpochMilli(), FastParse.epochMillis(text), text);
        StringBuilder b = new StringBuilder();
        FastFormat.time(b, millis, quarterHours * 900);
        assertEquals(millis, OffsetDateTime.parse(b).toInstant().toEpochMilli(), b.toString());
    }

    @Property(tries = 2000)
    void decimalsParseAsDoubleParseDoubleDoes(@ForAll @DoubleRange(min = -1000, max = 1000) double value,
                                              @ForAll @IntRange(min = 0, max = 12) int places) {
        String text = String.format(Locale.ROOT, "%." + places + "f", value);
        double fast = FastParse.decimal(text);
        if (!Double.isNaN(fast)) {
            assertEquals(Double.parseDouble(text), fast, text);
        }
        StringBuilder b = new StringBuilder();
        FastFormat.decimal(b, value, Math.min(places, 9));
        assertEquals(Double.parseDouble(String.format(Locale.ROOT, "%." + Math.min(places, 9) + "f", value)),
                Double.parseDouble(b.toString()), 1e-9, b.toString());
    }

    @Property(tries = 200)
    void unusualShapesAreLeftToTheGeneralParser(@ForAll("odd") String text) {
        assertEquals(FastParse.NOT_FAST, FastParse.epochMillis(text));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> odd() {
        return net.jqwik.api.Arbitraries.of("2025-02-30T10:00:00+08:00", "2025-01-06 09:21:00+08:00",
                "2025-01-06T09:21+08:00", "2025-01-06T24:00:00+08:00", "2025-01-06T09:21:00", " 2025-01-06T09:21:00Z",
                "2025-01-06T09:21:00+19:00", "2025-01-06T09:21:00.+08:00");
    }
}
