package io.github.jiguan.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The fast paths agree with java.time and Double.parseDouble wherever they answer. */
class FastParseProperties {

    @Test
    void timesParseAsOffsetDateTimeDoes() {
        qt().withExamples(2000).forAll(longs().between(0, 253_000_000_000_000L), integers().between(-18 * 4, 18 * 4))
                .checkAssert((millis, quarterHours) -> {
                    ZoneOffset offset = ZoneOffset.ofTotalSeconds(quarterHours * 900);
                    String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochMilli(millis).atOffset(offset));
                    assertEquals(OffsetDateTime.parse(text).toInstant().toEpochMilli(), FastParse.epochMillis(ascii(text), 0, text.length()), text);
                    StringBuilder b = new StringBuilder();
                    FastFormat.time(b, millis, quarterHours * 900);
                    assertEquals(millis.longValue(), OffsetDateTime.parse(b).toInstant().toEpochMilli(), b.toString());
                });
    }

    @Test
    void decimalsParseAsDoubleParseDoubleDoes() {
        qt().withExamples(2000).forAll(doubles().between(-1000, 1000), integers().between(0, 12)).checkAssert((value, places) -> {
            String text = String.format(Locale.ROOT, "%." + places + "f", value);
            double fast = FastParse.decimal(ascii(text), 0, text.length());
            if (!Double.isNaN(fast)) {
                assertEquals(Double.parseDouble(text), fast, text);
            }
            StringBuilder b = new StringBuilder();
            FastFormat.decimal(b, value, Math.min(places, 9));
            assertEquals(Double.parseDouble(String.format(Locale.ROOT, "%." + Math.min(places, 9) + "f", value)),
                    Double.parseDouble(b.toString()), 1.01e-9, b.toString()); // one unit of the last place, and its binary error
        });
    }

    @Test
    void unusualShapesAreLeftToTheGeneralParser() {
        qt().withExamples(200).forAll(arbitrary().pick("2025-02-30T10:00:00+08:00", "2025-01-06 09:21:00+08:00",
                        "2025-01-06T09:21+08:00", "2025-01-06T24:00:00+08:00", "2025-01-06T09:21:00", " 2025-01-06T09:21:00Z",
                        "2025-01-06T09:21:00+19:00", "2025-01-06T09:21:00.+08:00", "1899-12-31T23:59:59Z"))
                .checkAssert(text -> assertEquals(FastParse.NOT_FAST, FastParse.epochMillis(ascii(text), 0, text.length())));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
