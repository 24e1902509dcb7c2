package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.office.DocumentRecord;
import io.github.jiguan.core.office.EnergyUse;
import io.github.jiguan.core.office.Lease;
import io.github.jiguan.core.office.LeaseDirection;
import io.github.jiguan.core.office.Repair;
import io.github.jiguan.core.office.RoomRecord;
import java.util.Comparator;

/**
 * 账实相符 of the ledger itself: every building a room, a lease out, a repair, a document or an
 * energy record names is in buildings.csv, every room a lease out names is in rooms.csv, and every
 * unit a room names is in units.csv (when the ledger has units), so that no record escapes the
 * rules that need its building, room or unit.
 */
final class References {

    private References() {
    }

    static void audit(AuditContext c) {
        if (!c.rules.applies("ledger.references_resolve")) {
            return;
        }
        c.ledger.rooms().stream().sorted(Comparator.comparing(RoomRecord::id)).forEach(r -> {
            building(c, LedgerEvidence.Record.ROOM, r.id(), r.buildingId());
            if (!c.ledger.units().isEmpty() && !c.ledger.units().containsKey(r.agencyId())) {
                c.add(LedgerFindingType.UNKNOWN_REFERENCE, Subjects.none().withRoom(r.id()).withAgency(r.agencyId()),
                        Coverage.on(c.asOf), cite(c), new LedgerEvidence.UnknownReference(LedgerEvidence.Record.ROOM,
                                r.id(), "agency_id", r.agencyId()));
            }
        });
        java.util.Set<String> rooms = new java.util.HashSet<>();
        c.ledger.rooms().forEach(r -> rooms.add(r.id()));
        c.ledger.leases().stream().filter(l -> l.direction() == LeaseDirection.OUT)
                .sorted(Comparator.comparing(Lease::id)).forEach(l -> {
                    building(c, LedgerEvidence.Record.LEASE, l.id(), l.buildingId());
                    l.roomIds().stream().filter(id -> !rooms.contains(id)).distinct().forEach(id -> c.add(
                            LedgerFindingType.UNKNOWN_REFERENCE, Subjects.none().withBuilding(l.buildingId()),
                            Coverage.on(c.asOf), cite(c), new LedgerEvidence.UnknownReference(
                                    LedgerEvidence.Record.LEASE, l.id(), "room_ids", id)));
                });
        c.ledger.repairs().stream().sorted(Comparator.comparing(Repair::id))
                .forEach(r -> building(c, LedgerEvidence.Record.REPAIR, r.id(), r.buildingId()));
        c.ledger.documents().stream().filter(d -> !d.buildingId().isEmpty())
                .sorted(Comparator.comparing(DocumentRecord::id))
                .forEach(d -> building(c, LedgerEvidence.Record.DOCUMENT, d.id(), d.buildingId()));
        java.util.Map<String, EnergyUse> firstByBuilding = new java.util.TreeMap<>();
        c.ledger.energy().stream().filter(e -> !e.buildingId().isEmpty())
                .sorted(Comparator.comparing(EnergyUse::agencyId).thenComparingInt(EnergyUse::year))
                .forEach(e -> firstByBuilding.putIfAbsent(e.buildingId(), e));
        firstByBuilding.forEach((b, e) -> building(c, LedgerEvidence.Record.ENERGY, e.agencyId() + "/" + b + "/"
                + e.year(), b));
    }

    private static void building(AuditContext c, LedgerEvidence.Record record, String id, String buildingId) {
        if (c.ledger.buildings().containsKey(buildingId)) {
            return;
        }
        c.add(LedgerFindingType.UNKNOWN_REFERENCE, Subjects.none().withBuilding(buildingId), Coverage.on(c.asOf), cite(c),
                new LedgerEvidence.UnknownReference(record, id, "building_id", buildingId));
    }

    private static io.github.jiguan.core.finding.Citation cite(AuditContext c) {
        return c.rules.cite("ledger.references_resolve", "台账各表引用的建筑、单位须在建筑表、单位表中登记");
    }
}
