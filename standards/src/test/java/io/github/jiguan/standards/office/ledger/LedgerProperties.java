package io.github.jiguan.standards.office.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.jiguan.core.finding.EvidenceJson;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.standards.source.StandardFile;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.office.CountyLedgers;
import io.github.jiguan.testkit.office.LedgerCase;
import io.github.jiguan.testkit.office.LedgerCases;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whatever figures a province sets, and whatever the audit date, a ledger at a rule's threshold is
 * clean and one a step past it has that rule's finding and no other: the rules read their figures
 * from the data, not from the code.
 */
class LedgerProperties {

    /** Province figures for the thresholds that take numbers. */
    record Figures(int idleMonths, int toleranceTenths, int intervalYears, int thresholdWan, int risePercent,
                   int paybackYears, int appraisalAge, int appraisalInterval, int ceiling, int windowMonths) {
        LedgerRules rules() {
            return LedgerRules.withOverrides(List.of(
                    file("office-ledger-jiguan", "idle.months," + idleMonths + "\ncertificate.tolerance_percent,"
                            + toleranceTenths / 10 + "." + toleranceTenths % 10 + "\nenergy.max_rise_percent," + risePercent
                            + "\nenergy.max_payback_years," + paybackYears + "\nsafety.appraisal_age_years," + appraisalAge
                            + "\nsafety.appraisal_interval_years," + appraisalInterval
                            + "\nledger.area_tolerance_m2,0." + toleranceTenths),
                    file("office-repair-gansu", "repair.major_interval_years," + intervalYears
                            + "\nrepair.approval_threshold_yuan," + thresholdWan + "0000\nrepair.split_window_months,"
                            + windowMonths),
                    file("office-lease-in-hangzhou", "lease_in.rent_ceiling_yuan_per_m2_year," + ceiling)));
        }

        private static StandardFile file(String target, String rows) {
            String body = rows.lines().map(l -> l + ",,,").collect(Collectors.joining("\n"));
            return StandardFile.read(new StringReader("key,value,article,provisional,note\ndocument.id,p-" + target
                    + "\ndocument.title,某省规定\ndocument.number,某〔2025〕1号\ndocument.issuer,某省\n"
                    + "document.effective,2025-01-01\ndocument.scope,某省\ndocument.overrides," + target + "\n" + body
                    + "\n"), "p-" + target + ".csv");
        }
    }

    static final Generator<Figures> FIGURES = (r, size) -> new Figures(r.nextInt(1, 25), r.nextInt(0, 50),
            r.nextInt(1, 30), r.nextInt(1, 200), r.nextInt(0, 20), r.nextInt(1, 40), r.nextInt(5, 60),
            r.nextInt(1, 10), r.nextInt(100, 2000), r.nextInt(1, 24));

    @Test
    void anyPlausibleLedgerIsAuditedAndEveryFindingReadsInBothLanguages() {
        LocalDate asOf = LocalDate.of(2026, 3, 31);
        Generator<OfficeLedger> ledgers = (r, size) -> CountyLedgers.ledgers(1 + r.nextInt(0, 5), 1 + r.nextInt(0, 20),
                1 + r.nextInt(0, 8), asOf).next(r, size);
        LedgerAudit audit = new LedgerAudit(LedgerRules.national());
        QtCheck.forAll(100, ledgers, 10, l -> l.buildings().size() + " buildings, " + l.rooms().size() + " rooms", l -> {
            LedgerReport r = audit.run(l, List.of(), asOf);
            for (Finding f : r.findings()) {
                assertFalse(f.sentence(Language.ZH).isBlank(), f.toString());
                assertFalse(f.sentence(Language.EN).isBlank(), f.toString());
                assertFalse(EvidenceJson.of(f.evidence()).isBlank(), f.toString());
            }
            int outstanding = r.progress().stream().filter(p -> p.scope() == OwnershipProgress.Scope.COUNTY)
                    .mapToInt(OwnershipProgress::outstanding).sum();
            assertEquals(l.buildings().values().stream().filter(b -> !b.title().isSettled()).count(), outstanding);
        });
    }

    /** Figures and a case built from them. */
    record Drawn(Figures figures, LedgerCase c) {
    }

    @Test
    void eachRuleReportsExactlyPastItsThreshold() {
        Generator<Drawn> drawn = FIGURES.flatMap(f -> LedgerCases.any(RulesFigures.of(f.rules())).map(c -> new Drawn(f, c)));
        QtCheck.forAll(300, drawn, 10, Drawn::toString, d -> {
            LedgerRules rules = d.figures().rules();
            List<Finding> findings = new LedgerAudit(rules).run(d.c().ledger(), d.c().unitRooms(), d.c().asOf()).findings();
            Set<String> types = findings.stream().map(f -> f.type().code()).collect(Collectors.toSet());
            assertEquals(d.c().isReported() ? Set.of(d.c().rule()) : Set.of(), types, d.toString());
        });
    }
}
