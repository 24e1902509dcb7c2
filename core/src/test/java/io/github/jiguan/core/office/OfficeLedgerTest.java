package io.github.jiguan.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ledger's hierarchy, its per-property file, and the values it is made of. */
class OfficeLedgerTest {

    static final LocalDate D = LocalDate.of(2025, 6, 1);

    static RoomRecord room(String id, String floor) {
        return new RoomRecord(new Room(id, "B1", "A1", RoomUse.OFFICE, Area.ofSquareMetres(12), RoomStatus.IN_USE,
                OwnershipStatus.REGISTERED, List.of()), floor, null, "");
    }

    static BuildingRecord building() {
        return new BuildingRecord("B1", "一号楼", "C1", BuildingUse.OFFICE, Area.ofSquareMetres(1000),
                BuildingStructure.MULTI_STOREY, 1998, new Title(OwnershipStatus.REGISTERED, "", "某县机关事务服务中心",
                "证1", Area.ofSquareMetres(1000), D.minusYears(1), D.minusYears(2)),
                new SafetyAppraisal(SafetyGrade.B, D.minusMonths(1)));
    }

    static OfficeLedger ledger(List<RoomRecord> rooms, List<DocumentRecord> docs, List<Lease> leases, List<Repair> repairs) {
        return new OfficeLedger(Map.of("C1", new Compound("C1", "县委大院", "示例县")), Map.of("B1", building()),
                Map.of(), rooms, docs, leases, repairs, List.of());
    }

    @Test
    void floorsAreInTheirNumbersOrderAndRoomsSitOnThem() {
        OfficeLedger l = ledger(List.of(room("R1", "10"), room("R2", "2"), room("R3", "-1"), room("R4", "屋顶"),
                room("R5", "2")), List.of(), List.of(), List.of());
        assertEquals(List.of("-1", "2", "10", "屋顶"), l.floorsOf("B1"));
        assertEquals(List.of("R2", "R5"), l.roomsOn("B1", "2").stream().map(RoomRecord::id).toList());
        assertEquals("示例县", l.countyOf(l.buildings().get("B1")).orElseThrow());
        assertEquals(List.of("B1"), l.buildingsOf("C1").stream().map(BuildingRecord::id).toList());
    }

    @Test
    void thePropertysFileListsEveryEventInDateOrder() {
        DocumentRecord cert = new DocumentRecord("D1", DocumentKind.TITLE_CERTIFICATE, "", "B1", "证1", D.minusYears(1), null);
        Lease lease = new Lease("L1", LeaseDirection.OUT, "JG", "B1", List.of(), Area.ofSquareMetres(20), "某行", D,
                D.plusYears(1), new BigDecimal("1000"), "批1", null, "", null, "", false);
        Repair repair = new Repair("X1", "B1", "", RepairKind.MAJOR, D.minusMonths(3), new BigDecimal("100000"), "批2", null);
        List<PropertyEvent.Kind> kinds = ledger(List.of(), List.of(cert), List.of(lease), List.of(repair)).history("B1")
                .stream().map(PropertyEvent::kind).toList();
        assertEquals(List.of(PropertyEvent.Kind.SURVEY, PropertyEvent.Kind.DOCUMENT, PropertyEvent.Kind.REGISTRATION,
                PropertyEvent.Kind.REPAIR, PropertyEvent.Kind.APPRAISAL, PropertyEvent.Kind.LEASE_START,
                PropertyEvent.Kind.LEASE_END), kinds);
    }

    @Test
    void idsAreUniqueWithinEachKind() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () ->
                ledger(List.of(room("R1", "1"), room("R1", "2")), List.of(), List.of(), List.of()));
        assertEquals("rooms", e.field());
    }

    @Test
    void aLeaseIsOccupiedFromItsStartUntilTheTenantLeaves() {
        Lease l = new Lease("L1", LeaseDirection.OUT, "JG", "B1", List.of(), Area.ofSquareMetres(20), "", D,
                D.plusMonths(1), BigDecimal.ZERO, "", D.plusMonths(2), "", null, "", false);
        assertFalse(l.isOccupiedOn(D.minusDays(1)));
        assertTrue(l.isOccupiedOn(D.plusMonths(2).minusDays(1)));
        assertFalse(l.isOccupiedOn(D.plusMonths(2)));
        Lease unsold = new Lease("L2", LeaseDirection.OUT, "JG", "B1", List.of(), Area.ofSquareMetres(20), "", D, D,
                BigDecimal.ZERO, "", null, "3号", AuctionResult.UNSOLD, "", false);
        assertFalse(unsold.isOccupiedOn(D));
    }

    @Test
    void valuesNameTheFieldAndTheBadValue() {
        assertEquals("built year", assertThrows(InvalidValueException.class, () -> new BuildingRecord("B", "楼", "C",
                BuildingUse.OFFICE, Area.ZERO, BuildingStructure.MULTI_STOREY, 1700, Title.unregistered(""), null)).field());
        assertEquals("valid until", assertThrows(InvalidValueException.class, () -> new DocumentRecord("D",
                DocumentKind.SURVEY, "A", "", "", D, D.minusDays(1))).field());
        assertEquals("cost (yuan)", assertThrows(InvalidValueException.class, () -> new Repair("X", "B", "",
                RepairKind.MAJOR, D, new BigDecimal("1.001"), "", null)).field());
        assertEquals("persons", assertThrows(InvalidValueException.class, () -> new EnergyUse("A", "", 2024, 0,
                Area.ofSquareMetres(1), "WATER", BigDecimal.ONE)).field());
        assertTrue(new DocumentRecord("D", DocumentKind.SURVEY, "A", "", "", D, D).isValidOn(D));
        assertFalse(new DocumentRecord("D", DocumentKind.SURVEY, "A", "", "", D, D).isValidOn(D.plusDays(1)));
        assertEquals(SafetyGrade.C, SafetyGrade.parse("C级"));
        assertTrue(new SafetyAppraisal(SafetyGrade.D, D).isUnsafe());
        assertFalse(new SafetyAppraisal(SafetyGrade.B, D).isUnsafe());
    }
}
