package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.finding.Finding;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the ledger audit found: the findings in report order, the ownership progress table, the
 * auction results per unit and the yearly water and energy figures.
 *
 * @param asOf     the audit date
 * @param findings every finding, in {@link Finding#REPORT_ORDER}
 * @param progress the ownership progress: counties, then units
 * @param auctions the lease auctions per unit
 * @param energy   the water and energy figures per unit and building and year
 */
public record LedgerReport(LocalDate asOf, List<Finding> findings, List<OwnershipProgress> progress,
                           List<AuctionSummary> auctions, List<EnergyFigure> energy) {

    /** Copies the lists. */
    public LedgerReport {
        Checks.notNull("as of", asOf);
        findings = Checks.listOf("findings", findings);
        progress = Checks.listOf("progress", progress);
        auctions = Checks.listOf("auctions", auctions);
        energy = Checks.listOf("energy", energy);
    }

    /** The number of findings of each type, in the enum's order, types with none left out. */
    public Map<LedgerFindingType, Integer> counts() {
        Map<LedgerFindingType, Integer> m = new EnumMap<>(LedgerFindingType.class);
        findings.forEach(f -> m.merge((LedgerFindingType) f.type(), 1, Integer::sum));
        return m;
    }

    /** The number of findings on each line of the seven unifications, in their order, lines with none left out. */
    public Map<Unification, Integer> countsByUnification() {
        Map<Unification, Integer> m = new EnumMap<>(Unification.class);
        counts().forEach((type, n) -> m.merge(type.unification(), n, Integer::sum));
        return m;
    }

    /** The findings about a unit. */
    public List<Finding> findingsOf(String agencyId) {
        return findings.stream().filter(f -> f.agencyId().filter(agencyId::equals).isPresent()).toList();
    }
}
