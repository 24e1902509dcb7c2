package io.github.jiguan.testkit.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.jiguan.core.office.DocumentKind;
import io.github.jiguan.core.office.SafetyGrade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger cases: both sides of every rule, deterministic, and each side a different ledger. */
class LedgerCasesTest {

    static final LedgerFigures FIGURES = new LedgerFigures(BigDecimal.ZERO, BigDecimal.ONE, "机关事务",
            List.of(DocumentKind.ALLOCATION_APPROVAL), List.of(DocumentKind.TITLE_CERTIFICATE), List.of(DocumentKind.FILING),
            LocalDate.of(2025, 12, 31), BigDecimal.valueOf(100), BigDecimal.valueOf(720), 6, 15,
            BigDecimal.valueOf(500000), 12, SafetyGrade.C, SafetyGrade.A, 30, 5, BigDecimal.ZERO, BigDecimal.valueOf(15));

    @Test
    void everyRuleHasAWithinAndABeyondCaseThatDiffer() {
        List<LedgerCase> all = LedgerCases.all(FIGURES, LocalDate.of(2026, 3, 15));
        assertEquals(2 * LedgerCases.rules().size(), all.size());
        for (int i = 0; i < all.size(); i += 2) {
            LedgerCase within = all.get(i);
            LedgerCase beyond = all.get(i + 1);
            assertEquals(Edge.WITHIN, within.edge());
            assertEquals(Edge.BEYOND, beyond.edge());
            assertNotEquals(List.of(within.ledger(), within.unitRooms(), within.asOf()),
                    List.of(beyond.ledger(), beyond.unitRooms(), beyond.asOf()), within.toString());
        }
    }

    @Test
    void theSameSeedGivesTheSameCase() {
        assertEquals(LedgerCases.any(FIGURES).sample(7, 5).toString(), LedgerCases.any(FIGURES).sample(7, 5).toString());
        assertEquals(LedgerCases.any(FIGURES).sample(7, 5).ledger(), LedgerCases.any(FIGURES).sample(7, 5).ledger());
    }
}
