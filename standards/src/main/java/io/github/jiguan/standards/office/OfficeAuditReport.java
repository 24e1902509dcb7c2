package io.github.jiguan.standards.office;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.Checks;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of an office audit: the findings in a stable order and each unit's area ledger.
 *
 * @param asOf     the audit date
 * @param findings the findings, ordered by {@link OfficeAudit#REPORT_ORDER}
 * @param units    the units' ledgers, ordered by agency id
 */
public record OfficeAuditReport(LocalDate asOf, List<Finding> findings, List<UnitAreaLedger> units) {

    /** Validates the fields and copies the lists. */
    public OfficeAuditReport {
        Checks.notNull("as of", asOf);
        findings = Checks.listOf("findings", findings);
        units = Checks.listOf("units", units);
    }

    /** The findings of one type. */
    public List<Finding> findings(OfficeFindingType type) {
        return findings.stream().filter(f -> f.type() == type).toList();
    }

    /** The number of findings by type, every type present. */
    public Map<OfficeFindingType, Integer> counts() {
        Map<OfficeFindingType, Integer> counts = new EnumMap<>(OfficeFindingType.class);
        for (OfficeFindingType t : OfficeFindingType.values()) {
            counts.put(t, 0);
        }
        findings.forEach(f -> counts.merge((OfficeFindingType) f.type(), 1, Integer::sum));
        return counts;
    }
}
