package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.telematics.jt808.message.BcdTime;
import io.github.jiguan.testkit.Generator;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The allocation-free BCD time arithmetic agrees with java.time for any twelve digits. */
class BcdTimeProperties {

    @Test
    void epochSecondsAgreeWithJavaTime() {
        Generator<String> digits = (r, size) -> {
            StringBuilder sb = new StringBuilder();
            // mostly plausible fields, so that valid dates are common; any digits otherwise
            int[] max = {99, 13, 32, 24, 60, 60};
            for (int m : max) {
                int v = r.nextBoolean() ? r.nextInt(0, m + 1) : r.nextInt(0, 100);
                sb.append(v / 10).append(v % 10);
            }
            return sb.toString();
        };
        PropertyCheck.forAll(5000, digits, String::toString, d -> {
            long expected;
            try {
                LocalDateTime t = LocalDateTime.of(2000 + Integer.parseInt(d.substring(0, 2)),
                        Integer.parseInt(d.substring(2, 4)), Integer.parseInt(d.substring(4, 6)),
                        Integer.parseInt(d.substring(6, 8)), Integer.parseInt(d.substring(8, 10)),
                        Integer.parseInt(d.substring(10, 12)));
                expected = t.toEpochSecond(ZoneOffset.ofHours(8));
            } catch (DateTimeException noDate) {
                expected = Long.MIN_VALUE;
            }
            BcdTime time = BcdTime.parse(d);
            assertEquals(expected, BcdTime.epochSecondOf(time.packed()), d);
            assertEquals(d, time.digits());
        });
    }
}
