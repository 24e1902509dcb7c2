package io.github.jiguan.standards.office.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.core.office.OwnershipStatus;
import io.github.jiguan.core.office.SafetyGrade;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's CSV files: good rows read, bad rows reported with file, line, column, text and reason. */
class LedgerCsvTest {

    final List<Rejection> rejected = new ArrayList<>();
    final LedgerCsv csv = new LedgerCsv(LedgerRules.national(), ImportLog.lenient(rejected::add));

    static CsvReader in(String name, String text) {
        return CsvReader.of(new StringReader(text), name);
    }

    private String reasons() {
        return rejected.stream().map(Rejection::toString).toList().toString();
    }

    @Test
    void buildingsReadTitleAndAppraisalAndRejectBadCells() {
        csv.readBuildings(in("buildings.csv", """
                building_id,name,compound_id,county,use,gross_area_m2,structure,built_year,ownership,holder,certificate_number,certificate_area_m2,surveyed_on,safety_grade,appraised_on
                B1,一号楼,C1,示例县,OFFICE,5200,MULTI_STOREY,1998,REGISTERED,某县机关事务服务中心,冀0001,5000,2023-11-02,B,2024-06-01
                B2,二号楼,C1,示例县,OFFICE,300,多层,1990,已备案,,,,,,
                B3,三号楼,C1,示例县,OFFICE,-5,MULTI_STOREY,1990,REGISTERED,,,,,,
                B4,四号楼,C1,示例县,OFFICE,100,MULTI_STOREY,1990,REGISTERED,,,,,E,2024-01-01
                B5,五号楼,C1,示例县,OFFICE,100,MULTI_STOREY,1990,REGISTERED,,,,,C,
                B6,六号楼,C1,别的县,OFFICE,100,MULTI_STOREY,1990,REGISTERED,,,,,,
                B1,一号楼,C1,示例县,OFFICE,5200,MULTI_STOREY,1998,REGISTERED,,,,,,
                """));
        OfficeLedger ledger = csv.ledger();
        assertEquals(List.of("B1", "B2"), ledger.buildings().keySet().stream().sorted().toList(), reasons());
        assertEquals(SafetyGrade.B, ledger.buildings().get("B1").appraisal().grade());
        assertEquals(OwnershipStatus.FILED, ledger.buildings().get("B2").title().status());
        assertEquals("示例县", ledger.countyOf(ledger.buildings().get("B1")).orElseThrow());
        String r = reasons();
        assertTrue(r.contains("buildings.csv:4: gross_area_m2"), r);
        assertTrue(r.contains("buildings.csv:5: safety_grade must be one of [A, B, C, D]: \"E\""), r);
        assertTrue(r.contains("buildings.csv:6: appraised_on is required when safety_grade is given"), r);
        assertTrue(r.contains("buildings.csv:7: county contradicts 示例县 given earlier for compound C1"), r);
        assertTrue(r.contains("buildings.csv:8: building_id repeats the record of line 2"), r);
    }

    @Test
    void anExistingRoomsCsvStillReadsAndFloorAndIdleColumnsAreOptional() {
        csv.readRooms(in("rooms.csv", """
                room_id,agency_id,building,use,usable_area_m2,occupants,status
                R1,A1,B1,OFFICE,18,P1,IN_USE
                """));
        csv.readUnitRooms(in("unit-rooms.csv", """
                room_id,agency_id,building,floor,use,usable_area_m2,occupants,status,idle_since,idle_reason
                R1,A1,B1,3,OFFICE,18,P1,IDLE,2025-01-01,待调剂
                R2,A1,B1,3,OFFICE,18,P1,IDLE,2025-13-01,
                """));
        assertEquals("", csv.ledger().rooms().get(0).floor());
        assertEquals("3", csv.unitRooms().get(0).floor());
        assertEquals("待调剂", csv.unitRooms().get(0).idleReason());
        assertTrue(reasons().contains("unit-rooms.csv:3: idle_since must be an ISO-8601 date"), reasons());
    }

    @Test
    void leasesRepairsDocumentsAndEnergyRejectWhatTheyCannotUse() {
        csv.readLeases(in("leases.csv", """
                lease_id,direction,agency_id,building_id,area_m2,start,end,annual_rent_yuan,approval_number,auction_lot,auction_result
                L1,OUT,A1,B1,50,2025-01-01,2026-12-31,12000,批1,,
                L2,SIDEWAYS,A1,B1,50,2025-01-01,2026-12-31,12000,,,
                L3,OUT,A1,B1,50,2025-01-01,2024-12-31,12000,,,
                L4,OUT,A1,B1,50,2025-01-01,2026-12-31,12000.001,,,
                L5,OUT,A1,B1,50,2025-01-01,2026-12-31,0,,,UNSOLD
                """));
        csv.readRepairs(in("repairs.csv", """
                repair_id,building_id,kind,started_on,cost_yuan,approval_number,annual_saving_yuan
                X1,B1,MAJOR,2024-01-01,100000,批1,
                X2,B1,HUGE,2024-01-01,100000,,
                X3,B1,MAJOR,2024-01-01,-1,,
                """));
        csv.readDocuments(in("documents.csv", """
                document_id,kind,agency_id,building_id,number,issued_on,valid_until
                D1,USE_AGREEMENT,A1,,协1,2024-01-01,2029-01-01
                D2,USE_AGREEMENT,,,协2,2024-01-01,
                D3,USE_AGREEMENT,A1,,协3,2024-01-01,2023-01-01
                """));
        csv.readEnergy(in("energy.csv", """
                agency_id,building_id,year,persons,floor_area_m2,carrier,quantity
                A1,,2024,100,10000,electricity,1000
                A1,,2024,100,10000,ELECTRICITY,2000
                A1,,2024,0,10000,WATER,5
                A1,,2024,100,10000,STEAM,5
                A1,,2024,90,10000,WATER,5
                A1,,2024,100,9000,WATER,5
                """));
        OfficeLedger l = csv.ledger();
        assertEquals(1, l.leases().size(), reasons());
        assertEquals(1, l.repairs().size(), reasons());
        assertEquals(1, l.documents().size(), reasons());
        assertEquals(1, l.energy().size(), reasons());
        String r = reasons();
        assertTrue(r.contains("leases.csv:3: direction must be one of [OUT, IN]: \"SIDEWAYS\""), r);
        assertTrue(r.contains("leases.csv:4: end must not be before start 2025-01-01"), r);
        assertTrue(r.contains("leases.csv:5: annual_rent_yuan must have at most 2 decimal places"), r);
        assertTrue(r.contains("leases.csv:6: auction_lot is required when an auction result is given"), r);
        assertTrue(r.contains("repairs.csv:3: kind must be one of [MAJOR, MEDIUM, MINOR]: \"HUGE\""), r);
        assertTrue(r.contains("repairs.csv:4: cost_yuan"), r);
        assertTrue(r.contains("documents.csv:3: agency_id or building_id is required"), r);
        assertTrue(r.contains("documents.csv:4: valid_until must not be before issued on 2024-01-01"), r);
        assertTrue(r.contains("energy.csv:3: carrier repeats the record of line 2"), r);
        assertTrue(r.contains("energy.csv:4: persons out of range [1, 1000000]"), r);
        assertTrue(r.contains("energy.csv:5: carrier must be one of [ELECTRICITY, NATURAL_GAS"), r);
        assertTrue(r.contains("energy.csv:6: persons contradicts 100 given earlier for A1  2024"), r);
        assertTrue(r.contains("energy.csv:7: floor_area_m2 contradicts 10000 given earlier for A1  2024"), r);
    }

    @Test
    void aMissingRequiredColumnFailsTheFileAndStrictModeStopsAtTheFirstBadRow() {
        assertThrows(CsvFormatException.class, () -> csv.readUnits(in("units.csv", "agency_id,name\nA1,局\n")));
        LedgerCsv strict = new LedgerCsv(LedgerRules.national(), ImportLog.strict());
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> strict.readUnits(in("units.csv", """
                agency_id,name,county,approved_area_m2,persons
                A1,局,县,100,-1
                """)));
        assertEquals("persons", e.rejection().column());
    }
}
