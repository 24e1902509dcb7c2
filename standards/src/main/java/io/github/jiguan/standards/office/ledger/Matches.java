package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.BuildingRecord;
import io.github.jiguan.core.office.DocumentKind;
import io.github.jiguan.core.office.DocumentRecord;
import io.github.jiguan.core.office.OwnershipStatus;
import io.github.jiguan.core.office.Room;
import io.github.jiguan.core.office.RoomRecord;
import io.github.jiguan.core.office.UnitRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** 账账相符, 账证相符 and the completeness of each unit's and each property's file. */
final class Matches {

    private Matches() {
    }

    static void audit(AuditContext c) {
        if (c.rules.applies("ledger.compare_unit_ledgers") && !c.unitRooms.isEmpty()) {
            compareLedgers(c);
        }
        if (c.rules.applies("ledger.certificate_matches")) {
            c.ledger.buildings().values().stream().sorted(Comparator.comparing(BuildingRecord::id))
                    .forEach(b -> certificate(c, b));
        }
        completeness(c);
    }

    /** Every room of either ledger, for the units the unit ledger covers. */
    private static void compareLedgers(AuditContext c) {
        Map<String, RoomRecord> master = byId(c.ledger.rooms());
        Map<String, RoomRecord> unit = byId(c.unitRooms);
        Set<String> units = c.unitRooms.stream().map(RoomRecord::agencyId).collect(Collectors.toSet());
        TreeSet<String> ids = new TreeSet<>(unit.keySet());
        master.values().stream().filter(r -> units.contains(r.agencyId())).forEach(r -> ids.add(r.id()));
        BigDecimal tolerance = c.rules.ledgerAreaTolerance();
        for (String id : ids) {
            RoomRecord m = master.get(id);
            RoomRecord u = unit.get(id);
            if (m == null || u == null) {
                Room r = (m == null ? u : m).room();
                c.add(LedgerFindingType.LEDGER_ROOM_MISSING, subjects(r), Coverage.on(c.asOf),
                        c.rules.cite("ledger.compare_unit_ledgers", "单位台账与总台账房间一一对应"),
                        new LedgerEvidence.RoomMissing(m == null ? LedgerEvidence.Side.UNIT_ONLY
                                : LedgerEvidence.Side.MASTER_ONLY, r.use(), r.usableArea()));
                continue;
            }
            List<LedgerEvidence.Difference> diffs = differences(m.room(), u.room(), tolerance);
            if (!diffs.isEmpty()) {
                c.add(LedgerFindingType.LEDGER_ROOM_DIFFERS, subjects(m.room()), Coverage.on(c.asOf),
                        c.rules.cite("ledger.compare_unit_ledgers", "面积相差不超过 " + tolerance.toPlainString()
                                + " m²，用途、状态、使用单位一致"),
                        new LedgerEvidence.RoomDiffers(diffs, tolerance));
            }
        }
    }

    private static List<LedgerEvidence.Difference> differences(Room m, Room u, BigDecimal tolerance) {
        List<LedgerEvidence.Difference> d = new ArrayList<>();
        BigDecimal gap = m.usableArea().squareMetres().subtract(u.usableArea().squareMetres()).abs();
        if (gap.compareTo(tolerance) > 0) {
            d.add(new LedgerEvidence.Difference("usable_area_m2", m.usableArea().toString(), u.usableArea().toString()));
        }
        if (m.use() != u.use()) {
            d.add(new LedgerEvidence.Difference("use", m.use().name(), u.use().name()));
        }
        if (m.status() != u.status()) {
            d.add(new LedgerEvidence.Difference("status", m.status().name(), u.status().name()));
        }
        if (!m.agencyId().equals(u.agencyId())) {
            d.add(new LedgerEvidence.Difference("agency_id", m.agencyId(), u.agencyId()));
        }
        if (!m.buildingId().equals(u.buildingId())) {
            d.add(new LedgerEvidence.Difference("building", m.buildingId(), u.buildingId()));
        }
        return d;
    }

    private static Subjects subjects(Room r) {
        return Subjects.none().withRoom(r.id()).withAgency(r.agencyId()).withBuilding(r.buildingId());
    }

    private static Map<String, RoomRecord> byId(List<RoomRecord> rooms) {
        Map<String, RoomRecord> m = new LinkedHashMap<>();
        rooms.forEach(r -> m.put(r.id(), r));
        return m;
    }

    private static void certificate(AuditContext c, BuildingRecord b) {
        if (b.title().status() != OwnershipStatus.REGISTERED || b.title().certificateArea() == null) {
            return;
        }
        Area cert = b.title().certificateArea();
        BigDecimal percent = c.rules.certificateTolerancePercent();
        Area tolerance = Area.of(cert.squareMetres().multiply(percent).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP));
        BigDecimal gap = b.grossArea().squareMetres().subtract(cert.squareMetres()).abs();
        if (gap.compareTo(tolerance.squareMetres()) > 0) {
            c.onBuilding(LedgerFindingType.CERTIFICATE_AREA_MISMATCH, b,
                    c.rules.cite("certificate.tolerance_percent", "台账建筑面积与证载面积之差不超过证载面积的 "
                            + percent.toPlainString() + "%"),
                    new LedgerEvidence.CertificateMismatch(b.title().certificateNumber(), b.grossArea(), cert,
                            Area.of(gap), percent, tolerance));
        }
    }

    private static void completeness(AuditContext c) {
        List<DocumentKind> unitKinds = c.rules.unitDocuments();
        c.ledger.units().values().stream().sorted(Comparator.comparing(UnitRecord::agencyId)).forEach(u -> {
            List<DocumentKind> missing = missing(unitKinds, c.ledger.documentsOfUnit(u.agencyId()), c);
            if (!missing.isEmpty()) {
                c.add(LedgerFindingType.DOCUMENT_MISSING, Subjects.none().withAgency(u.agencyId()), Coverage.on(c.asOf),
                        c.rules.cite("documents.unit", "一单位一档须有 " + names(unitKinds)),
                        new LedgerEvidence.DocumentsMissing(LedgerEvidence.FileScope.UNIT, missing, unitKinds));
            }
        });
        c.ledger.buildings().values().stream().sorted(Comparator.comparing(BuildingRecord::id)).forEach(b -> {
            OwnershipStatus s = b.title().status();
            if (s == OwnershipStatus.UNREGISTERED) {
                return;
            }
            String key = s == OwnershipStatus.REGISTERED ? "documents.registered" : "documents.filed";
            List<DocumentKind> kinds = s == OwnershipStatus.REGISTERED ? c.rules.registeredDocuments()
                    : c.rules.filedDocuments();
            List<DocumentKind> missing = missing(kinds, c.ledger.documentsOfBuilding(b.id()), c);
            if (!missing.isEmpty()) {
                c.onBuilding(LedgerFindingType.DOCUMENT_MISSING, b, c.rules.cite(key, "一房一档（"
                                + s.chineseName() + "）须有 " + names(kinds)),
                        new LedgerEvidence.DocumentsMissing(LedgerEvidence.FileScope.PROPERTY, missing, kinds));
            }
        });
    }

    /** The kinds with no document in force on the audit date. */
    private static List<DocumentKind> missing(List<DocumentKind> required, List<DocumentRecord> held, AuditContext c) {
        return required.stream().filter(k -> held.stream().noneMatch(d -> d.kind() == k && d.isValidOn(c.asOf)))
                .toList();
    }

    private static String names(List<DocumentKind> kinds) {
        return kinds.stream().map(DocumentKind::chineseName).collect(Collectors.joining("、"));
    }
}
