package io.github.jiguan.standards.office;

import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.BuildingStructure;
import io.github.jiguan.core.office.OwnershipStatus;
import io.github.jiguan.core.office.Room;
import io.github.jiguan.core.office.RoomStatus;
import io.github.jiguan.core.office.RoomUse;
import io.github.jiguan.core.org.AdministrativeLevel;
import io.github.jiguan.core.org.Agency;
import io.github.jiguan.core.org.Grade;
import io.github.jiguan.core.org.Person;
import io.github.jiguan.core.org.PersonStatus;
import io.github.jiguan.core.org.Post;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfficeAuditTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final OfficeAudit AUDIT = OfficeAudit.national();
    static final Map<String, Agency> AGENCIES = Map.of(
            "A01", Agency.of("A01", "某县发展和改革局", AdministrativeLevel.COUNTY),
            "A02", Agency.of("A02", "某县政务服务中心", AdministrativeLevel.COUNTY));

    static Person person(String id, Grade grade) {
        return Person.active(id, "人员" + id, Post.of("A01", grade), LocalDate.of(2020, 1, 1));
    }

    static Room room(String id, RoomUse use, String area, RoomStatus status, String... occupants) {
        return room(id, "A01", use, area, status, occupants);
    }

    static Room room(String id, String agency, RoomUse use, String area, RoomStatus status, String... occupants) {
        return new Room(id, "B1", agency, use, Area.of(area), status, OwnershipStatus.REGISTERED, Arrays.asList(occupants));
    }

    static OfficeAuditReport audit(List<Person> persons, List<Room> rooms) {
        return AUDIT.run(new OfficeRegister(AGENCIES, persons, rooms, Map.of()), AS_OF);
    }

    static List<Finding> findings(OfficeFindingType type, List<Person> persons, List<Room> rooms) {
        return audit(persons, rooms).findings(type);
    }

    @Test
    void anOfficeOneHundredthOfASquareMetreOverTheStandardIsOver() {
        Person director = person("P1", Grade.TOWNSHIP_SECTION_PRINCIPAL);
        List<Finding> over = findings(OfficeFindingType.OFFICE_OVER_STANDARD, List.of(director),
                List.of(room("R101", RoomUse.OFFICE, "18.01", RoomStatus.IN_USE, "P1")));
        assertEquals(1, over.size());
        Finding f = over.get(0);
        assertEquals(Optional.of("P1"), f.subjects().personId());
        assertEquals(List.of("R101"), f.subjects().roomIds());
        assertEquals(Optional.of("A01"), f.agencyId());
        OfficeEvidence.OverStandard e = f.evidence(OfficeEvidence.OverStandard.class);
        assertEquals(Area.of("18.01"), e.usableArea());
        assertEquals(Area.of("18"), e.standard());
        assertEquals(Area.of("0.01"), e.excess());
        String zh = f.sentence(Language.ZH);
        assertTrue(zh.contains("使用面积 18.01 m²") && zh.contains("标准为 18 m²") && zh.contains("超出 0.01 m²"), zh);
        assertEquals("《党政机关办公用房建设标准》（发改投资〔2014〕2674号）表1：县级机关 正科级 18 m²", f.rule().toString());
    }

    @Test
    void anOfficeExactlyAtTheStandardIsNotOver() {
        assertEquals(List.of(), findings(OfficeFindingType.OFFICE_OVER_STANDARD, List.of(person("P1", Grade.TOWNSHIP_SECTION_PRINCIPAL)),
                List.of(room("R101", RoomUse.OFFICE, "18.00", RoomStatus.IN_USE, "P1"))));
    }

    @Test
    void aSharedOfficeIsComparedWithTheSumOfItsOccupantsEntitlements() {
        List<Person> clerks = List.of(person("P1", Grade.STAFF), person("P2", Grade.STAFF), person("P3", Grade.TOWNSHIP_SECTION_DEPUTY));
        assertEquals(List.of(), findings(OfficeFindingType.SHARED_OFFICE_OVER_STANDARD, clerks,
                List.of(room("R201", RoomUse.OFFICE, "30", RoomStatus.IN_USE, "P1", "P2", "P3"))));
        List<Finding> over = findings(OfficeFindingType.SHARED_OFFICE_OVER_STANDARD, clerks,
                List.of(room("R201", RoomUse.OFFICE, "30.01", RoomStatus.IN_USE, "P3", "P1", "P2")));
        assertEquals(1, over.size());
        OfficeEvidence.SharedOverStandard shared = over.get(0).evidence(OfficeEvidence.SharedOverStandard.class);
        assertEquals(List.of("P1", "P2", "P3"), shared.shares().stream().map(OfficeEvidence.Share::personId).toList());
        assertEquals(Area.of("30"), shared.standardSum());
        assertEquals(Area.of("0.01"), shared.excess());
        assertTrue(over.get(0).sentence(Language.ZH).contains("3 人标准之和 30 m²"), over.get(0).sentence(Language.ZH));
        assertTrue(over.get(0).rule().toString().endsWith("合用办公室按各使用人标准之和 30 m²"), over.get(0).rule().toString());
        assertEquals(List.of(), findings(OfficeFindingType.OFFICE_OVER_STANDARD, clerks,
                List.of(room("R201", RoomUse.OFFICE, "30.01", RoomStatus.IN_USE, "P1", "P2", "P3"))));
    }

    @Test
    void twoOfficesInTheMainUnitAreMultipleOffices() {
        List<Finding> f = findings(OfficeFindingType.MULTIPLE_OFFICES, List.of(person("P1", Grade.STAFF)),
                List.of(room("R1", RoomUse.OFFICE, "9", RoomStatus.IN_USE, "P1"),
                        room("R2", RoomUse.OFFICE, "9", RoomStatus.IN_USE, "P1")));
        assertEquals(1, f.size());
        assertEquals(List.of("R1", "R2"), f.get(0).subjects().roomIds());
        OfficeEvidence.MultipleOffices m = f.get(0).evidence(OfficeEvidence.MultipleOffices.class);
        assertEquals(2, m.inMainUnit());
        assertEquals(1, m.allowedInMainUnit());
        assertTrue(f.get(0).sentence(Language.ZH).contains("主要任职单位 A01 内 2 处"), f.get(0).sentence(Language.ZH));
        assertTrue(f.get(0).rule().toString().startsWith("《党政机关办公用房管理办法》（中共中央办公厅 国务院办公厅 2017年印发）第十九条"),
                f.get(0).rule().toString());
        assertEquals(List.of(), findings(OfficeFindingType.MULTIPLE_OFFICES, List.of(person("P1", Grade.STAFF)),
                List.of(room("R1", RoomUse.OFFICE, "9", RoomStatus.IN_USE, "P1"),
                        room("M1", RoomUse.SERVICE, "40", RoomStatus.IN_USE, "P1"))));
    }

    @Test
    void anApprovedSecondOfficeSmallerThanTheStandardIsAllowedButNotOneAtTheStandard() {
        Person p = new Person("P1", "兼职者", Post.of("A01", Grade.TOWNSHIP_SECTION_PRINCIPAL),
                List.of(Post.of("A02", Grade.TOWNSHIP_SECTION_PRINCIPAL)), PersonStatus.ACTIVE, LocalDate.of(2020, 1, 1), "A02");
        Room main = room("R1", RoomUse.OFFICE, "18", RoomStatus.IN_USE, "P1");
        assertEquals(List.of(), findings(OfficeFindingType.MULTIPLE_OFFICES, List.of(p),
                List.of(main, room("S1", "A02", RoomUse.OFFICE, "17.99", RoomStatus.IN_USE, "P1"))));
        List<Finding> f = findings(OfficeFindingType.MULTIPLE_OFFICES, List.of(p),
                List.of(main, room("S1", "A02", RoomUse.OFFICE, "18", RoomStatus.IN_USE, "P1")));
        assertEquals(1, f.size());
        assertEquals(List.of("S1"), f.get(0).evidence(OfficeEvidence.MultipleOffices.class).secondOfficesNotSmaller());
        assertTrue(f.get(0).sentence(Language.ZH).contains("兼职单位办公室 S1 不小于标准 18 m²"), f.get(0).sentence(Language.ZH));
        Person unapproved = p.withStatus(PersonStatus.ACTIVE, LocalDate.of(2020, 1, 1));
        unapproved = new Person("P1", "兼职者", unapproved.mainPost(), unapproved.concurrentPosts(), PersonStatus.ACTIVE,
                LocalDate.of(2020, 1, 1), null);
        assertEquals(1, findings(OfficeFindingType.MULTIPLE_OFFICES, List.of(unapproved),
                List.of(main, room("S1", "A02", RoomUse.OFFICE, "10", RoomStatus.IN_USE, "P1"))).size());
    }

    @Test
    void aUnitWithNobodyOnTheRegisterGetsALedgerLineButNoVerdictOnItsApprovedArea() {
        // A02 only hosts P1's approved second office: its own staff are not on this register, so its
        // approved area is unknown and must not be taken as zero.
        Person p = new Person("P1", "兼职者", Post.of("A01", Grade.TOWNSHIP_SECTION_PRINCIPAL),
                List.of(Post.of("A02", Grade.TOWNSHIP_SECTION_PRINCIPAL)), PersonStatus.ACTIVE, LocalDate.of(2020, 1, 1), "A02");
        OfficeAuditReport r = audit(List.of(p), List.of(room("R1", RoomUse.OFFICE, "18", RoomStatus.IN_USE, "P1"),
                room("S1", "A02", RoomUse.OFFICE, "12", RoomStatus.IN_USE, "P1")));
        assertEquals(List.of(), r.findings(OfficeFindingType.UNIT_OVER_APPROVED_AREA));
        assertEquals(List.of("A01", "A02"), r.units().stream().map(UnitAreaLedger::agencyId).toList());
        // The same room over A01's approved area is still a finding for A01.
        OfficeAuditReport over = audit(List.of(p), List.of(room("R1", RoomUse.OFFICE, "18", RoomStatus.IN_USE, "P1"),
                room("R2", RoomUse.SERVICE, "40", RoomStatus.IN_USE)));
        assertEquals(List.of("A01"), over.findings(OfficeFindingType.UNIT_OVER_APPROVED_AREA).stream()
                .map(x -> x.agencyId().orElseThrow()).toList());
    }

    @Test
    void aRetiredOfficialIsNotVacatedOnlyAfterMoreThanOneMonth() {
        Person retiredOnTime = person("P1", Grade.COUNTY_DIVISION_DEPUTY).withStatus(PersonStatus.RETIRED, LocalDate.of(2025, 5, 30));
        Room office = room("R1", RoomUse.OFFICE, "20", RoomStatus.IN_USE, "P1");
        assertEquals(List.of(), findings(OfficeFindingType.NOT_VACATED, List.of(retiredOnTime), List.of(office)));
        Person late = person("P1", Grade.COUNTY_DIVISION_DEPUTY).withStatus(PersonStatus.RETIRED, LocalDate.of(2025, 5, 29));
        List<Finding> f = findings(OfficeFindingType.NOT_VACATED, List.of(late), List.of(office));
        assertEquals(1, f.size());
        OfficeEvidence.NotVacated nv = f.get(0).evidence(OfficeEvidence.NotVacated.class);
        assertEquals(LocalDate.of(2025, 6, 29), nv.deadline());
        assertEquals(PersonStatus.RETIRED, nv.status());
        assertEquals(LocalDate.of(2025, 6, 30), ((Coverage.Dates) f.get(0).coverage()).first());
        assertTrue(f.get(0).sentence(Language.ZH).contains("于 2025-05-29 退休，应于 2025-06-29 前腾退"),
                f.get(0).sentence(Language.ZH));
        assertTrue(f.get(0).rule().toString().contains("第十九条：调离或者退休手续后 1 个月内收回办公用房"), f.get(0).rule().toString());
        Person transferred = person("P1", Grade.STAFF).withStatus(PersonStatus.TRANSFERRED, LocalDate.of(2025, 1, 2));
        assertEquals(1, findings(OfficeFindingType.NOT_VACATED, List.of(transferred), List.of(office)).size());
        assertEquals(List.of(), findings(OfficeFindingType.NOT_VACATED, List.of(person("P1", Grade.STAFF)), List.of(office)));
    }

    @Test
    void aRoomLetOutIsLeasedOut() {
        assertEquals(1, findings(OfficeFindingType.LEASED_OUT, List.of(),
                List.of(room("R9", RoomUse.SERVICE, "60", RoomStatus.LEASED_OUT))).size());
        assertEquals(List.of(), findings(OfficeFindingType.LEASED_OUT, List.of(),
                List.of(room("R9", RoomUse.SERVICE, "60", RoomStatus.IN_USE))));
    }

    @Test
    void anIdleRoomAndAnOfficeWithoutOccupantAreIdle() {
        List<Finding> f = findings(OfficeFindingType.IDLE_ROOM, List.of(person("P1", Grade.STAFF)),
                List.of(room("R1", RoomUse.ANCILLARY, "30", RoomStatus.IDLE),
                        room("R2", RoomUse.OFFICE, "9", RoomStatus.IN_USE),
                        room("R3", RoomUse.OFFICE, "9", RoomStatus.IN_USE, "P1"),
                        room("R4", RoomUse.SERVICE, "40", RoomStatus.IN_USE)));
        assertEquals(List.of(List.of("R1"), List.of("R2")), f.stream().map(x -> x.subjects().roomIds()).toList());
        assertEquals(OfficeEvidence.Reason.OFFICE_WITHOUT_OCCUPANT,
                f.get(1).evidence(OfficeEvidence.RoomState.class).reason());
        assertTrue(f.get(1).sentence(Language.ZH).contains("登记为在用的办公室但无使用人"), f.get(1).sentence(Language.ZH));
        assertTrue(f.get(0).rule().toString().contains("第三条第（四）项"), f.get(0).rule().toString());
    }

    @Test
    void aUnitOverItsApprovedAreaByOneHundredthIsOverAndExactlyAtItIsNot() {
        // Two clerks: A = 18, B = 2 × 6 = 12, A + B = 30.
        List<Person> staff = List.of(person("P1", Grade.STAFF), person("P2", Grade.STAFF));
        List<Room> atLimit = new ArrayList<>(List.of(room("R1", RoomUse.OFFICE, "9", RoomStatus.IN_USE, "P1"),
                room("R2", RoomUse.OFFICE, "9", RoomStatus.IN_USE, "P2"), room("M1", RoomUse.SERVICE, "12", RoomStatus.IN_USE),
                room("E1", RoomUse.EQUIPMENT, "50", RoomStatus.IN_USE), room("C1", RoomUse.ANCILLARY, "80", RoomStatus.IN_USE)));
        OfficeAuditReport ok = audit(staff, atLimit);
        assertEquals(List.of(), ok.findings(OfficeFindingType.UNIT_OVER_APPROVED_AREA));
        UnitAreaLedger ledger = ok.units().get(0);
        assertEquals(Area.of("30"), ledger.approved().officeAndService());
        assertEquals(Area.of("80"), ledger.approved().ancillary());
        atLimit.set(2, room("M1", RoomUse.SERVICE, "12.01", RoomStatus.IN_USE));
        List<Finding> over = audit(staff, atLimit).findings(OfficeFindingType.UNIT_OVER_APPROVED_AREA);
        assertEquals(1, over.size());
        assertTrue(over.get(0).sentence(Language.ZH).contains("超过核定的 A+B 30 m²，超出 0.01 m²"),
                over.get(0).sentence(Language.ZH));
        OfficeEvidence.UnitOverApproved u = over.get(0).evidence(OfficeEvidence.UnitOverApproved.class);
        assertEquals(Area.of("18"), u.approved().offices());
        assertEquals(Area.of("12"), u.approved().service());
        assertEquals(Area.of("30.01"), u.inUse());
        assertEquals(Area.of("0.01"), u.excess());
    }

    @Test
    void retiredStaffDoNotCountTowardsTheApprovedArea() {
        Person retired = person("P2", Grade.STAFF).withStatus(PersonStatus.RETIRED, LocalDate.of(2025, 6, 20));
        OfficeAuditReport r = audit(List.of(person("P1", Grade.STAFF), retired),
                List.of(room("R1", RoomUse.OFFICE, "9", RoomStatus.IN_USE, "P1")));
        assertEquals(1, r.units().stream().filter(u -> u.agencyId().equals("A01")).findFirst().orElseThrow().approved().headcount());
    }

    @Test
    void aRoomWhoseOccupantIsNotOnTheRegisterIsReportedAndNotGuessed() {
        OfficeAuditReport r = audit(List.of(), List.of(room("R1", RoomUse.OFFICE, "99", RoomStatus.IN_USE, "P404")));
        assertEquals(1, r.findings(OfficeFindingType.UNKNOWN_OCCUPANT).size());
        assertEquals(List.of(), r.findings(OfficeFindingType.OFFICE_OVER_STANDARD));
    }

    @Test
    void theBuildingStructureSetsTheCoefficientOfTheUnit() {
        Person p = person("P1", Grade.STAFF);
        Room r = room("R1", RoomUse.OFFICE, "9", RoomStatus.IN_USE, "P1");
        OfficeAuditReport high = AUDIT.run(new OfficeRegister(AGENCIES, List.of(p), List.of(r),
                Map.of("B1", BuildingStructure.HIGH_RISE)), AS_OF);
        assertEquals(BuildingStructure.HIGH_RISE, high.units().get(0).approved().structure());
        assertEquals(BuildingStructure.MULTI_STOREY, audit(List.of(p), List.of(r)).units().get(0).approved().structure());
    }
}
