package io.github.jiguan.standards.office;

import io.github.jiguan.core.csv.CsvWriter;
import java.util.Collection;
import java.util.List;

/**
 * units.csv: each unit's line of the area ledger, its approved area with every term (A, B,
 * equipment, usable, K, C, S) and the area its rooms take by use. Stateless; thread-safe.
 */
public final class UnitLedgerCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("agency_id", "level", "headcount", "offices_a_m2",
            "service_per_person_m2", "service_b_m2", "equipment_m2", "approved_usable_m2", "k", "ancillary_c_m2",
            "approved_gross_s_m2", "office_in_use_m2", "service_in_use_m2", "equipment_in_use_m2",
            "ancillary_in_use_m2", "over_approved", "explanation");

    private UnitLedgerCsv() {
    }

    /** Writes one row per ledger line to a writer made with {@link #HEADER}. */
    public static void write(CsvWriter out, Collection<UnitAreaLedger> ledgers) {
        for (UnitAreaLedger u : ledgers) {
            ApprovedArea a = u.approved();
            out.row(a.agencyId(), a.level() == null ? "" : a.level().name(), String.valueOf(a.headcount()),
                    a.offices().toString(), a.servicePerPerson().toString(), a.service().toString(),
                    a.equipment().toString(), a.usable().toString(), a.coefficient().toPlainString(),
                    a.ancillary().toString(), a.gross().toString(), u.office().toString(), u.service().toString(),
                    u.equipment().toString(), u.ancillary().toString(), String.valueOf(u.isOverApproved()), a.explain());
        }
    }
}
