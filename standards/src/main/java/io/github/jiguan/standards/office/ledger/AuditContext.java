package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.office.BuildingRecord;
import io.github.jiguan.core.office.Lease;
import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.core.office.RoomRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One run of the ledger audit: what it reads and the findings it has made so far. Not thread-safe. */
final class AuditContext {

    final OfficeLedger ledger;
    final List<RoomRecord> unitRooms;
    final LedgerRules rules;
    final LocalDate asOf;
    final List<Finding> findings = new ArrayList<>();
    private final java.util.Map<String, Object> memo = new java.util.HashMap<>();

    AuditContext(OfficeLedger ledger, List<RoomRecord> unitRooms, LedgerRules rules, LocalDate asOf) {
        this.ledger = ledger;
        this.unitRooms = unitRooms;
        this.rules = rules;
        this.asOf = asOf;
    }

    void add(LedgerFindingType type, Subjects subjects, Coverage coverage, Citation rule, Evidence evidence) {
        findings.add(new Finding(type, subjects, coverage, rule, evidence));
    }

    /** A building finding on the audit date. */
    void onBuilding(LedgerFindingType type, BuildingRecord b, Citation rule, Evidence evidence) {
        add(type, Subjects.none().withBuilding(b.id()), Coverage.on(asOf), rule, evidence);
    }

    /** A lease finding: the lease's unit, building and rooms, over its term. */
    void onLease(LedgerFindingType type, Lease l, Citation rule, Evidence evidence) {
        Subjects s = Subjects.none().withAgency(l.agencyId()).withBuilding(l.buildingId())
                .withRooms(l.roomIds().stream().distinct().toList());
        add(type, s, Coverage.days(l.start(), l.end()), rule, evidence);
    }

    /** A value computed once per run under {@code key}, for indexes several rules share. */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> compute) {
        return (T) memo.computeIfAbsent(key, k -> compute.get());
    }

    Optional<BuildingRecord> building(String id) {
        return ledger.building(id);
    }

    static LedgerEvidence.Terms terms(Lease l) {
        return new LedgerEvidence.Terms(l.direction(), l.counterparty(), l.area(), l.start(), l.end(),
                l.annualRentYuan(), l.approvalNumber());
    }
}
