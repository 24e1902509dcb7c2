package io.github.jiguan.standards.office.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.testkit.office.LedgerCase;
import io.github.jiguan.testkit.office.LedgerCases;
import io.github.jiguan.testkit.office.LedgerFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every ledger rule on both sides of its threshold, with the shipped figures: at the threshold the
 * clean ledger stays clean, one step past it the rule's finding, and only that, appears.
 */
class LedgerThresholdTest {

    static final LedgerRules RULES = LedgerRules.national();
    static final LedgerFigures FIGURES = RulesFigures.of(RULES);
    static final LedgerAudit AUDIT = new LedgerAudit(RULES);
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

    static Set<String> types(LedgerCase c) {
        List<Finding> findings = AUDIT.run(c.ledger(), c.unitRooms(), c.asOf()).findings();
        return findings.stream().map(f -> f.type().code()).collect(Collectors.toSet());
    }

    @Test
    void theBaseLedgerHasNoFinding() {
        for (LocalDate d : List.of(AS_OF, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 28))) {
            assertEquals(Set.of(), AUDIT.run(LedgerCases.base(FIGURES, d).build(), List.of(), d).findings()
                    .stream().map(f -> f.sentence(io.github.jiguan.core.finding.Language.ZH)).collect(Collectors.toSet()));
        }
    }

    @TestFactory
    Stream<DynamicTest> eachRuleOnBothSides() {
        return LedgerCases.all(FIGURES, AS_OF).stream().map(c -> DynamicTest.dynamicTest(c.toString(), () ->
                assertEquals(c.isReported() ? Set.of(c.rule()) : Set.of(), types(c), c.toString())));
    }

    @Test
    void everyFindingTypeHasACase() {
        Set<String> covered = LedgerCases.rules().stream().map(r -> r.split("/")[0]).collect(Collectors.toSet());
        for (LedgerFindingType t : LedgerFindingType.values()) {
            assertTrue(covered.contains(t.code()), t + " has no threshold case");
        }
    }
}
