package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.core.office.RoomRecord;
import java.time.LocalDate;
import java.util.List;

/**
 * Audits an office-space ledger: the two ledgers compared (账账相符), the ledger against the title
 * certificates (账证相符), the completeness of each unit's and each property's file, ownership,
 * leases out and in, idle space, repairs, safety and energy. Every finding cites the rule and the
 * figure it applied, from {@link LedgerRules}.
 *
 * <pre>{@code
 * LedgerReport r = new LedgerAudit(LedgerRules.national()).run(ledger, unitRooms, LocalDate.of(2026, 3, 31));
 * r.findings();   // every finding, in report order
 * r.progress();   // ownership progress by county and by unit
 * }</pre>
 *
 * Immutable and thread-safe; each run is independent.
 */
public final class LedgerAudit {

    private final LedgerRules rules;

    /** An audit with these rules. */
    public LedgerAudit(LedgerRules rules) {
        this.rules = Checks.notNull("rules", rules);
    }

    /**
     * Runs every rule on the ledger as of a date.
     *
     * @param ledger    the bureau's ledger
     * @param unitRooms the units' own room ledgers to compare with it; empty to skip 账账相符
     * @param asOf      the audit date
     */
    public LedgerReport run(OfficeLedger ledger, List<RoomRecord> unitRooms, LocalDate asOf) {
        AuditContext c = new AuditContext(Checks.notNull("ledger", ledger), Checks.listOf("unit rooms", unitRooms),
                rules, Checks.notNull("as of", asOf));
        References.audit(c);
        Matches.audit(c);
        Ownership.audit(c);
        Leases.audit(c);
        IdleSpaces.audit(c);
        Repairs.audit(c);
        Safety.audit(c);
        List<EnergyFigure> energy = Energy.figures(ledger.energy(), rules);
        Energy.audit(c, energy);
        List<Finding> findings = c.findings.stream().sorted(Finding.REPORT_ORDER).toList();
        return new LedgerReport(asOf, findings, OwnershipProgress.of(ledger, rules.deadline(), asOf),
                AuctionSummary.of(ledger.leases()), energy);
    }
}
