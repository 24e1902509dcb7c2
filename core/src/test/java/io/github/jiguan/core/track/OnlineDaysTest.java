package io.github.jiguan.core.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.InvalidValueException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnlineDaysTest {

    private static final LocalDate JAN_6 = LocalDate.of(2025, 1, 6);

    private static OnlineDays days(LocalDate... dates) {
        return OnlineDays.ofDates(List.of(dates), ChinaTime.ZONE);
    }

    private static BitSet bits(int... indexes) {
        BitSet b = new BitSet();
        for (int i : indexes) {
            b.set(i);
        }
        return b;
    }

    @Test
    void indexesCountFromTheFirstDayAskedAndStopBeforeTheCount() {
        OnlineDays d = days(JAN_6.minusDays(3), JAN_6, JAN_6.plusDays(2), JAN_6.plusDays(9), JAN_6.plusDays(10));
        assertEquals(bits(0, 2, 9), d.indexesFrom(JAN_6, 10));
        assertEquals(bits(2, 4, 11), d.indexesFrom(JAN_6.minusDays(2), 12));
        assertEquals(bits(3), d.indexesFrom(JAN_6.minusDays(6), 5));
    }

    @Test
    void indexesAgreeWithContainsForEveryDayOfAWindow() {
        OnlineDays d = days(JAN_6, JAN_6.plusDays(1), JAN_6.plusDays(40), JAN_6.plusDays(365));
        LocalDate first = JAN_6.minusDays(30);
        BitSet b = d.indexesFrom(first, 500);
        for (int i = 0; i < 500; i++) {
            assertEquals(d.contains(first.plusDays(i)), b.get(i), "day " + first.plusDays(i));
        }
        assertEquals(d.count(), b.cardinality());
    }

    @Test
    void noDaysAndWindowsOutsideGiveNone() {
        assertTrue(OnlineDays.none(ChinaTime.ZONE).indexesFrom(JAN_6, 30).isEmpty());
        assertTrue(days(JAN_6).indexesFrom(JAN_6.plusDays(1), 30).isEmpty());
        assertTrue(days(JAN_6).indexesFrom(JAN_6.minusDays(30), 30).isEmpty());
        assertTrue(days(JAN_6).indexesFrom(JAN_6, 0).isEmpty());
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThrows(InvalidValueException.class, () -> days(JAN_6).indexesFrom(JAN_6, -1));
    }
}
