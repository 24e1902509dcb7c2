package io.github.jiguan.core.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jiguan.core.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixBufferTest {

    private static Fix fix(long second) {
        return new Fix("V1", Instant.ofEpochSecond(1_736_000_000L + second), 30 + second * 1e-5, 120, second % 90,
                (int) (second % 360), second % 2 == 0 ? Acc.ON : Acc.OFF, true, null);
    }

    private static List<Fix> rows(FixBuffer b) {
        return b.view().toFixes();
    }

    @Test
    void movingRowsBetweenBuffersKeepsEveryFieldAndTheOrderThroughCompactionAndGrowth() {
        FixBuffer pending = FixBuffer.of("V1", 4);
        FixBuffer open = FixBuffer.of("V1", 4);
        List<Fix> all = new ArrayList<>();
        for (int s = 0; s < 1000; s++) {
            Fix f = fix(s);
            all.add(f);
            pending.add(f);
            if (s % 7 == 6) { // drain what is due, as a stream does at a watermark
                open.takeFirst(pending, pending.firstAtOrAfter(f.time().toEpochMilli() - 2_000));
            }
        }
        open.takeFirst(pending, pending.size());
        assertEquals(0, pending.size());
        assertEquals(all, rows(open));
    }

    @Test
    void retainFromDropsTheEarlierRowsAndSaysHowMany() {
        FixBuffer b = FixBuffer.of("V1", 2);
        for (long s : new long[] {5, 1, 9, 3, 7}) {
            b.add(fix(s));
        }
        assertEquals(2, b.retainFrom(fix(5).time().toEpochMilli()));
        assertEquals(List.of(fix(5), fix(9), fix(7)), rows(b));
        assertEquals(fix(9).time().toEpochMilli(), b.time(1));
    }

    @Test
    void firstAtOrAfterCountsFromTheFirstRowHeld() {
        FixBuffer b = FixBuffer.of("V1", 8);
        FixBuffer other = FixBuffer.of("V1", 8);
        for (int s = 0; s < 6; s++) {
            b.add(fix(s));
        }
        other.takeFirst(b, 2);
        assertEquals(0, b.firstAtOrAfter(fix(2).time().toEpochMilli()));
        assertEquals(2, b.firstAtOrAfter(fix(4).time().toEpochMilli()));
        assertEquals(4, b.firstAtOrAfter(Long.MAX_VALUE));
    }

    @Test
    void refusesAnotherVehiclesFixAndTakingMoreRowsThanHeld() {
        FixBuffer b = FixBuffer.of("V1", 4);
        Fix other = new Fix("V2", Instant.EPOCH, 30, 120, 0, 0, Acc.UNKNOWN, true, null);
        assertThrows(InvalidValueException.class, () -> b.add(other));
        b.add(fix(1));
        assertThrows(IndexOutOfBoundsException.class, () -> FixBuffer.of("V1", 1).takeFirst(b, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> b.time(1));
    }
}
