package io.github.jiguan.standards.office.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.BuildingRecord;
import io.github.jiguan.core.office.BuildingStructure;
import io.github.jiguan.core.office.BuildingUse;
import io.github.jiguan.core.office.EnergyUse;
import io.github.jiguan.core.office.OwnershipStatus;
import io.github.jiguan.core.office.Room;
import io.github.jiguan.core.office.RoomRecord;
import io.github.jiguan.core.office.RoomStatus;
import io.github.jiguan.core.office.RoomUse;
import io.github.jiguan.core.office.SafetyAppraisal;
import io.github.jiguan.core.office.SafetyGrade;
import io.github.jiguan.core.office.Title;
import io.github.jiguan.core.office.UnitRecord;
import io.github.jiguan.standards.source.StandardFile;
import io.github.jiguan.testkit.office.LedgerBuilder;
import io.github.jiguan.testkit.office.LedgerCases;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger audit on the situations the inspection reports describe. */
class LedgerAuditTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

    static LedgerBuilder base() {
        return LedgerCases.base(LedgerThresholdTest.FIGURES, AS_OF);
    }

    static List<Finding> findings(LedgerBuilder b, LedgerRules rules, LedgerFindingType type) {
        return new LedgerAudit(rules).run(b.build(), List.of(), AS_OF).findings().stream()
                .filter(f -> f.type() == type).toList();
    }

    static RoomRecord idle(String id, String building, String unit, int area) {
        return new RoomRecord(new Room(id, building, unit, RoomUse.OFFICE, Area.ofSquareMetres(area), RoomStatus.IDLE,
                OwnershipStatus.REGISTERED, List.of()), "2", AS_OF.minusYears(1), "");
    }

    static BuildingRecord building(String id, BuildingUse use, SafetyGrade grade) {
        return new BuildingRecord(id, id, "C1", use, Area.ofSquareMetres(500), BuildingStructure.MULTI_STOREY, 2020,
                new Title(OwnershipStatus.FILED, "", "", "", null, AS_OF.minusYears(1), AS_OF.minusYears(1)),
                new SafetyAppraisal(grade, AS_OF.minusDays(1)));
    }

    static Disposal recommended(LedgerBuilder b, LedgerRules rules) {
        List<Finding> f = findings(b, rules, LedgerFindingType.IDLE_WITHOUT_REASON);
        assertEquals(1, f.size(), f.toString());
        return f.get(0).evidence(LedgerEvidence.IdleSpace.class).recommended();
    }

    @Test
    void oneCountySurveyed66PropertiesAndHeld12Certificates() {
        LedgerBuilder b = new LedgerBuilder().compound(new io.github.jiguan.core.office.Compound("C1", "院", "某县"));
        for (int i = 0; i < 66; i++) {
            OwnershipStatus s = i < 12 ? OwnershipStatus.REGISTERED : OwnershipStatus.UNREGISTERED;
            b.building(new BuildingRecord("P" + i, "房产" + i, "C1", BuildingUse.BUSINESS, Area.ofSquareMetres(100),
                    BuildingStructure.MULTI_STOREY, 2000, new Title(s, "", "", "", null, null, LocalDate.of(2024, 5, 1)),
                    null));
        }
        LedgerReport before = new LedgerAudit(LedgerRules.national()).run(b.build(), List.of(), LocalDate.of(2025, 6, 30));
        OwnershipProgress county = before.progress().get(0);
        assertEquals(List.of(66, 66, 0, 12, 54), List.of(county.properties(), county.surveyed(), county.filed(),
                county.registered(), county.outstanding()));
        assertEquals(OwnershipProgress.State.IN_PROGRESS, county.state());
        assertTrue(before.findings().stream().noneMatch(f -> f.type() == LedgerFindingType.OWNERSHIP_OVERDUE));
        LedgerReport after = new LedgerAudit(LedgerRules.national()).run(b.build(), List.of(), LocalDate.of(2026, 1, 1));
        assertEquals(OwnershipProgress.State.OVERDUE, after.progress().get(0).state());
        assertEquals(54, after.findings().stream().filter(f -> f.type() == LedgerFindingType.OWNERSHIP_OVERDUE).count());
    }

    @Test
    void idleSpaceIsRecommendedForTheFirstDisposalTheOrderAllows() {
        LedgerRules rules = LedgerRules.national();
        LedgerBuilder shortUnit = base().unit(new UnitRecord("U2", "缺房单位", LedgerCases.COUNTY, Area.ofSquareMetres(200), 10))
                .room(idle("R7", LedgerCases.OFFICE_BUILDING, LedgerCases.UNIT, 30));
        assertEquals(Disposal.REALLOCATE, recommended(shortUnit, rules));
        assertEquals(Disposal.PUBLIC_USE, recommended(base().room(idle("R7", LedgerCases.OFFICE_BUILDING,
                LedgerCases.UNIT, 30)), rules));
        LedgerBuilder unsafe = base().building(building("B8", BuildingUse.OFFICE, SafetyGrade.D))
                .room(idle("R8", "B8", LedgerCases.UNIT, 30));
        assertEquals(Disposal.EXCHANGE_LEASE_DEMOLISH, recommended(unsafe, rules));
        LedgerBuilder technical = base().building(building("B8", BuildingUse.TECHNICAL, SafetyGrade.A))
                .room(idle("R8", "B8", LedgerCases.UNIT, 30));
        assertEquals(Disposal.AUCTION, recommended(technical, rules));
        LedgerRules auctionFirst = LedgerRules.withOverrides(List.of(StandardFile.read(new StringReader("""
                key,value,article,provisional,note
                document.id,x
                document.title,某市办法
                document.number,某〔2025〕1号
                document.issuer,某市
                document.effective,2025-01-01
                document.scope,某市
                document.overrides,office-heilongjiang
                disposal.order,AUCTION;REALLOCATE,第九条,,
                """), "x.csv")));
        assertEquals(Disposal.AUCTION, recommended(shortUnit, auctionFirst));
    }

    @Test
    void everyReferenceTheLedgerCannotResolveIsReported() {
        LedgerBuilder b = base().room(new RoomRecord(new Room("R9", "B9", "U9", RoomUse.OFFICE, Area.ofSquareMetres(10),
                RoomStatus.IN_USE, OwnershipStatus.REGISTERED, List.of("P9")), "1", null, ""))
                .lease(new io.github.jiguan.core.office.Lease("L9", io.github.jiguan.core.office.LeaseDirection.OUT,
                        LedgerCases.BUREAU, LedgerCases.SHOP_BUILDING, List.of("R1", "R404"), Area.ofSquareMetres(10), "",
                        AS_OF.minusYears(1), AS_OF.plusYears(1), BigDecimal.ZERO, "批", null, "", null, "", false));
        List<String> refs = findings(b, LedgerRules.national(), LedgerFindingType.UNKNOWN_REFERENCE).stream()
                .map(f -> f.evidence(LedgerEvidence.UnknownReference.class))
                .map(e -> e.record() + " " + e.recordId() + " " + e.field() + "=" + e.value()).toList();
        assertEquals(List.of("LEASE L9 room_ids=R404", "ROOM R9 building_id=B9", "ROOM R9 agency_id=U9"), refs);
    }

    @Test
    void aWhollyIdleBuildingIsOneFindingNamingEveryRoom() {
        LedgerBuilder b = base().building(building("B8", BuildingUse.OFFICE, SafetyGrade.A))
                .room(idle("R81", "B8", LedgerCases.UNIT, 30)).room(idle("R82", "B8", LedgerCases.UNIT, 40));
        List<Finding> f = findings(b, LedgerRules.national(), LedgerFindingType.IDLE_WITHOUT_REASON);
        assertEquals(1, f.size());
        assertEquals(List.of("R81", "R82"), f.get(0).subjects().roomIds());
        LedgerEvidence.IdleSpace e = f.get(0).evidence(LedgerEvidence.IdleSpace.class);
        assertTrue(e.wholeBuilding());
        assertEquals(Area.ofSquareMetres(70), e.area());
    }

    @Test
    void aUnitsFiguresAddItsBuildingsAndEachBuildingIsComparedOnItsOwn() {
        LedgerBuilder b = base();
        for (int year : List.of(2024, 2025)) {
            b.energy(new EnergyUse("U1", "B1", year, 40, Area.ofSquareMetres(1000), "ELECTRICITY",
                    new BigDecimal(year == 2024 ? "100000" : "90000")));
            b.energy(new EnergyUse("U1", "B3", year, 10, Area.ofSquareMetres(500), "ELECTRICITY",
                    new BigDecimal(year == 2024 ? "10000" : "40000")));
        }
        LedgerReport r = new LedgerAudit(LedgerRules.national()).run(b.build(), List.of(), AS_OF);
        EnergyFigure unit2025 = r.energy().stream().filter(e -> e.buildingId().isEmpty() && e.year() == 2025)
                .findFirst().orElseThrow();
        assertEquals(Area.ofSquareMetres(1500), unit2025.floorArea());
        assertEquals(40, unit2025.persons());
        assertEquals(0, new BigDecimal("15977").compareTo(unit2025.kgce()));
        List<String> risen = r.findings().stream().filter(f -> f.type() == LedgerFindingType.ENERGY_RISE)
                .map(f -> f.subjects().buildingId().orElse("unit")).toList();
        assertEquals(List.of("B3", "unit"), risen.stream().sorted().toList());
    }
}
