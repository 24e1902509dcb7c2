package io.github.jiguan.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DispatchOrderTest {

    private static Instant t(String hhmm) {
        return OffsetDateTime.parse("2025-01-06T" + hhmm + ":00+08:00").toInstant();
    }

    @Test
    void theWindowUsesThePlannedTimesWhenNothingWasRecorded() {
        DispatchOrder o = DispatchOrder.builder("O1", "V001", t("08:00"), t("09:00"), t("11:00")).build();
        assertEquals(t("09:00"), o.windowStart());
        assertEquals(t("11:00"), o.windowEnd());
        assertEquals(Duration.ofHours(2), o.windowLength());
        assertFalse(o.isCancelled());
        assertEquals(DispatchChannel.ONLINE, o.channel());
    }

    @Test
    void theWindowPrefersRecordedCheckoutAndCheckin() {
        DispatchOrder o = DispatchOrder.builder("O1", "V001", t("08:00"), t("09:00"), t("11:00"))
                .checked(t("09:20"), t("12:10")).build();
        assertEquals(t("09:20"), o.windowStart());
        assertEquals(t("12:10"), o.windowEnd());
    }

    @Test
    void aCheckoutAfterThePlannedEndGivesAnEmptyWindowNotAReversedOne() {
        DispatchOrder o = DispatchOrder.builder("O1", "V001", t("08:00"), t("09:00"), t("10:00"))
                .checked(t("10:30"), null).build();
        assertEquals(t("10:30"), o.windowStart());
        assertEquals(t("10:30"), o.windowEnd());
    }

    @Test
    void rejectsReversedPlansAndCheckinBeforeCheckout() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> DispatchOrder.builder("O1", "V001", t("08:00"), t("11:00"), t("09:00")).build());
        assertEquals("planned end", e.field());
        assertThrows(InvalidValueException.class, () -> DispatchOrder.builder("O1", "V001", t("08:00"), t("09:00"),
                t("11:00")).checked(t("10:00"), t("09:59")).build());
    }

    @Test
    void cancelledAndPaperOrdersAreRecognised() {
        DispatchOrder o = DispatchOrder.builder("O1", "V001", t("08:00"), t("09:00"), t("11:00"))
                .status(OrderStatus.CANCELLED).channel(DispatchChannel.PAPER).offHoursApproved(true)
                .destination(" 石家庄 ").purpose(null).build();
        assertTrue(o.isCancelled());
        assertEquals("石家庄", o.destination());
        assertEquals("", o.purpose());
        assertTrue(o.offHoursApproved());
    }

    @Test
    void fuelRecordsAreExactAndBounded() {
        FuelRecord r = new FuelRecord("V001", t("10:00"), new BigDecimal("45.20"), new BigDecimal("352.56"), null);
        assertFalse(r.odometer().isPresent());
        assertEquals("litres out of range (0, 1000]: 0", assertThrows(InvalidValueException.class,
                () -> new FuelRecord("V001", t("10:00"), BigDecimal.ZERO, BigDecimal.ONE, null)).getMessage());
    }
}
