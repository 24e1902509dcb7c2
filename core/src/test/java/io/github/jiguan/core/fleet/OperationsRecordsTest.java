package io.github.jiguan.core.fleet;

import io.github.jiguan.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OperationsRecordsTest {

    @Test
    void aLicenceIsValidThroughItsExpiryDay() {
        Driver d = new Driver("D1", "赵六", "A01", "130", DriverEmployment.parse("劳务派遣"), "C1",
                Optional.of(LocalDate.of(2025, 1, 13)), Optional.of("V1"));
        assertFalse(d.isLicenceExpiredOn(LocalDate.of(2025, 1, 13)));
        assertTrue(d.isLicenceExpiredOn(LocalDate.of(2025, 1, 14)));
        assertEquals(DriverEmployment.LABOUR_DISPATCH, d.employment());
        assertFalse(new Driver("D2", "钱七", "A01", null).isLicenceExpiredOn(LocalDate.MAX));
    }

    @Test
    void aRentalEndsNoEarlierThanItStartsAndABlankApprovalIsNone() {
        LocalDate day = LocalDate.of(2025, 1, 6);
        RentalContract r = new RentalContract("R1", "A01", "V9", "某租赁公司", day, day, new BigDecimal("800"),
                Optional.empty(), Optional.of("  "));
        assertEquals(Optional.empty(), r.approval());
        assertEquals("last", assertThrows(InvalidValueException.class, () -> new RentalContract("R1", "A01", "V9", "",
                day, day.minusDays(1), BigDecimal.ONE, Optional.empty(), Optional.empty())).field());
    }

    @Test
    void aCostIsNeverNegativeAndKnowsWhetherItBelongsToATrip() {
        assertEquals("amount (yuan)", assertThrows(InvalidValueException.class, () -> new CostRecord("C1", "V1",
                CostKind.TOLL, Instant.EPOCH, new BigDecimal("-1"), "", Optional.empty(), Optional.empty())).field());
        assertTrue(CostKind.parse("通行费").isPerTrip());
        assertFalse(CostKind.REPAIR.isPerTrip());
        assertTrue(MarkingState.BOTH.isMarked());
        assertFalse(MarkingState.EXEMPT.isMarked());
    }

    @Test
    void anOrderMayNameItsDriver() {
        Instant t = Instant.parse("2025-01-06T01:00:00Z");
        DispatchOrder o = DispatchOrder.builder("O1", "V1", t, t, t.plusSeconds(3600)).driver("D1").build();
        assertEquals(Optional.of("D1"), o.driverId());
        assertEquals(Optional.empty(), o.withDriver(null).driverId());
    }
}
