package io.github.jiguan.standards.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.BuildingStructure;
import io.github.jiguan.core.org.AdministrativeLevel;
import io.github.jiguan.core.org.Agency;
import io.github.jiguan.core.org.AgencyRank;
import io.github.jiguan.core.org.AgencyType;
import io.github.jiguan.core.org.Grade;
import io.github.jiguan.standards.source.StandardFile;
import io.github.jiguan.standards.source.StandardFormatException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeSpaceStandardTest {

    static final OfficeSpaceStandard NATIONAL = OfficeSpaceStandard.national();

    static final String PROVINCE_HEADER = """
            key,value,article,provisional,note
            document.id,hebei-office-2016,,,
            document.title,河北省党政机关办公用房管理办法,,,
            document.number,冀办发〔2016〕1号,,,
            document.issuer,河北省委办公厅 河北省政府办公厅,,,
            document.effective,2016-06-01,,,
            document.scope,河北省,,,
            document.overrides,office-construction-2014,,,
            """;

    static StandardFile file(String name, String text) {
        return StandardFile.read(new StringReader(text), name);
    }

    static StandardFile province(String rows) {
        return file("hebei.csv", PROVINCE_HEADER + rows);
    }

    /** The national file with one line replaced, for malformed-file tests. */
    static StandardFile nationalWith(String line, String replacement) throws Exception {
        try (var in = OfficeSpaceStandard.class.getResourceAsStream("/io/github/jiguan/standards/data/" + OfficeSpaceStandard.RESOURCE)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains(line), line);
            return file("national.csv", text.replace(line, replacement));
        }
    }

    @ParameterizedTest(name = "{0} {1} = {2} m² from the {3} row")
    @CsvSource({
        "CENTRAL, PMP, 54, CENTRAL", "CENTRAL, PMD, 42, CENTRAL", "CENTRAL, BP, 24, CENTRAL",
        "CENTRAL, BD, 18, CENTRAL", "CENTRAL, CDP, 12, CENTRAL", "CENTRAL, CDD, 12, CENTRAL",
        "CENTRAL, TSP, 9, CENTRAL", "CENTRAL, TSD, 9, CENTRAL", "CENTRAL, STAFF, 9, CENTRAL",
        "PROVINCE, PMP, 54, PROVINCE", "PROVINCE, PMD, 42, PROVINCE", "PROVINCE, BP, 30, PROVINCE",
        "PROVINCE, BD, 24, PROVINCE", "PROVINCE, CDP, 18, PROVINCE", "PROVINCE, CDD, 12, PROVINCE",
        "PROVINCE, TSP, 9, PROVINCE", "PROVINCE, TSD, 9, PROVINCE", "PROVINCE, STAFF, 9, PROVINCE",
        "CITY, PMP, 54, PROVINCE", "CITY, PMD, 42, PROVINCE", "CITY, BP, 42, CITY",
        "CITY, BD, 30, CITY", "CITY, CDP, 24, CITY", "CITY, CDD, 18, CITY",
        "CITY, TSP, 9, CITY", "CITY, TSD, 9, CITY", "CITY, STAFF, 9, CITY",
        "COUNTY, PMP, 54, PROVINCE", "COUNTY, PMD, 42, PROVINCE", "COUNTY, BP, 42, CITY",
        "COUNTY, BD, 30, CITY", "COUNTY, CDP, 30, COUNTY", "COUNTY, CDD, 24, COUNTY",
        "COUNTY, TSP, 18, COUNTY", "COUNTY, TSD, 12, COUNTY", "COUNTY, STAFF, 9, COUNTY",
        "TOWNSHIP, PMP, 54, PROVINCE", "TOWNSHIP, PMD, 42, PROVINCE", "TOWNSHIP, BP, 42, CITY",
        "TOWNSHIP, BD, 30, CITY", "TOWNSHIP, CDP, 30, COUNTY", "TOWNSHIP, CDD, 24, COUNTY",
        "TOWNSHIP, TSP, 24, TOWNSHIP", "TOWNSHIP, TSD, 18, TOWNSHIP", "TOWNSHIP, STAFF, 9, TOWNSHIP",
    })
    void everyCellOfTable1(AdministrativeLevel level, String grade, String area, AdministrativeLevel row) {
        Entitlement e = NATIONAL.lookup(level, Grade.parse(grade));
        assertEquals(Area.of(area), e.area());
        assertEquals(row, e.row());
        assertEquals(row != level, e.isFromHigherRow());
        assertEquals(level == AdministrativeLevel.TOWNSHIP && row == level, e.isProvisional(), e.rule().toString());
        assertTrue(e.rule().toString().startsWith("《党政机关办公用房建设标准》（发改投资〔2014〕2674号）表1"), e.rule().toString());
        if (e.isFromHigherRow()) {
            assertTrue(e.explanation().contains("取上一级（" + row.chineseName() + "）行"), e.explanation());
        }
    }

    @Test
    void aSubProvincialCityUsesTheRowOneLevelUp() {
        Agency city = Agency.of("SZ", "深圳市人民政府", AdministrativeLevel.CITY).withRank(AgencyRank.SUB_PROVINCIAL_CITY);
        Entitlement mayor = NATIONAL.entitlement(city, Grade.PROVINCIAL_MINISTERIAL_DEPUTY);
        assertEquals(Area.of("42"), mayor.area());
        assertEquals(AdministrativeLevel.PROVINCE, mayor.row());
        assertTrue(mayor.explanation().startsWith("副省级城市按上一级（省级）行执行（表1注1）"), mayor.explanation());
        assertEquals("表1注1", mayor.notes().get(0).article());
        assertEquals(Area.of("30"), NATIONAL.entitlement(city, Grade.BUREAU_PRINCIPAL).area());
        assertEquals(Area.of("24"), NATIONAL.entitlement(city, Grade.BUREAU_DEPUTY).area());
    }

    @Test
    void aDeputyMinisterialUnitUsesTheRowOneLevelUpAndStaysAtTheTop() {
        Agency provincial = Agency.of("U1", "某副部级单位", AdministrativeLevel.PROVINCE).withRank(AgencyRank.DEPUTY_MINISTERIAL_UNIT);
        assertEquals(AdministrativeLevel.CENTRAL, NATIONAL.entitlement(provincial, Grade.BUREAU_PRINCIPAL).level());
        assertEquals(Area.of("24"), NATIONAL.entitlement(provincial, Grade.BUREAU_PRINCIPAL).area());
        Agency central = Agency.of("U2", "某副部级单位", AdministrativeLevel.CENTRAL).withRank(AgencyRank.DEPUTY_MINISTERIAL_UNIT);
        Entitlement e = NATIONAL.entitlement(central, Grade.PROVINCIAL_MINISTERIAL_DEPUTY);
        assertEquals(Area.of("42"), e.area());
        assertTrue(e.explanation().contains("已在最高一级（中央）行"), e.explanation());
    }

    @Test
    void aDispatchedBodyAndAPublicInstitutionUseTheLevelNamedInTheirApproval() {
        Agency dispatched = new Agency("D1", "某中央机关派出机构", AdministrativeLevel.CITY, AgencyType.DISPATCHED_BODY,
                AdministrativeLevel.PROVINCE, AgencyRank.REGULAR);
        Entitlement e = NATIONAL.entitlement(dispatched, Grade.BUREAU_PRINCIPAL);
        assertEquals(Area.of("30"), e.area());
        assertEquals(AdministrativeLevel.PROVINCE, e.level());
        assertTrue(e.explanation().startsWith("派出机构按批准文件所定级别（省级）执行（表1注2）"), e.explanation());
        Agency institution = new Agency("P1", "某事业单位", AdministrativeLevel.PROVINCE, AgencyType.PUBLIC_INSTITUTION,
                AdministrativeLevel.CITY, AgencyRank.REGULAR);
        assertEquals(Area.of("24"), NATIONAL.entitlement(institution, Grade.COUNTY_DIVISION_PRINCIPAL).area());
    }

    @Test
    void aRestRoomAndForTheNamedGradesAToiletAreInsideTheOfficeArea() {
        Agency county = Agency.of("C1", "某县委", AdministrativeLevel.COUNTY);
        Entitlement secretary = NATIONAL.entitlement(county, Grade.COUNTY_DIVISION_PRINCIPAL);
        assertEquals(Area.of("30"), secretary.area(), "the toilet does not add to the figure");
        assertTrue(secretary.explanation().contains("休息室计入上述面积（表1注3）"), secretary.explanation());
        assertTrue(secretary.explanation().contains("可配不超过 6 m² 的卫生间，计入上述面积（表1注4）"), secretary.explanation());
        Entitlement deputy = NATIONAL.entitlement(county, Grade.COUNTY_DIVISION_DEPUTY);
        assertFalse(deputy.explanation().contains("卫生间"), deputy.explanation());
        assertTrue(NATIONAL.toiletAllowance(AdministrativeLevel.PROVINCE, Grade.BUREAU_PRINCIPAL).isPresent());
        assertTrue(NATIONAL.toiletAllowance(AdministrativeLevel.CITY, Grade.PROVINCIAL_MINISTERIAL_DEPUTY).isPresent());
        assertTrue(NATIONAL.toiletAllowance(AdministrativeLevel.CENTRAL, Grade.BUREAU_PRINCIPAL).isEmpty());
        Entitlement clerk = NATIONAL.entitlement(county, Grade.STAFF);
        assertFalse(clerk.explanation().contains("休息室"), clerk.explanation());
    }

    @Test
    void theApprovedAreaShowsEveryTermOfTheFormula() {
        Agency county = Agency.of("C1", "某县委", AdministrativeLevel.COUNTY);
        List<Entitlement> staff = List.of(NATIONAL.entitlement(county, Grade.COUNTY_DIVISION_PRINCIPAL),
                NATIONAL.entitlement(county, Grade.TOWNSHIP_SECTION_PRINCIPAL), NATIONAL.entitlement(county, Grade.STAFF));
        ApprovedArea a = NATIONAL.approvedArea("C1", AdministrativeLevel.COUNTY, staff, Area.of("100"),
                BuildingStructure.MULTI_STOREY);
        assertEquals(Area.of("57"), a.offices());
        assertEquals(Area.of("18"), a.service());
        assertEquals(Area.of("75"), a.officeAndService());
        assertEquals(Area.of("6.75"), a.equipment());
        assertEquals(Area.of("81.75"), a.usable());
        assertEquals(Area.of("225.77"), a.gross(), "81.75 / 0.65 = 125.769… → 125.77, + C 100");
        assertEquals("A = 3 人办公室标准之和 57 m²；B = 3 × 6 m² = 18 m²；设备用房 = (A+B) × 0.09 = 6.75 m²；"
                + "核定使用面积 A+B+设备 = 81.75 m²；S = 81.75 / 0.65 + C 100 = 225.77 m²", a.explain());
        assertTrue(a.rules().get(0).provisional(), "the service-room figure is provisional");
        ApprovedArea high = NATIONAL.approvedArea("C1", AdministrativeLevel.COUNTY, staff, Area.ZERO, BuildingStructure.HIGH_RISE);
        assertEquals(Area.of("136.25"), high.gross());
    }

    @Test
    void aProvinceOverridesTheTownshipFiguresAndIsCited() {
        OfficeSpaceStandard hebei = OfficeSpaceStandard.withOverrides(List.of(province(
                "office.TOWNSHIP.TSP,20,第八条,,\noffice.TOWNSHIP.TSD,15,第八条,,\nservice.TOWNSHIP,5,第九条,,\n")));
        Entitlement head = hebei.lookup(AdministrativeLevel.TOWNSHIP, Grade.TOWNSHIP_SECTION_PRINCIPAL);
        assertEquals(Area.of("20"), head.area());
        assertFalse(head.isProvisional());
        assertTrue(head.rule().toString().startsWith("《河北省党政机关办公用房管理办法》（冀办发〔2016〕1号）第八条"),
                head.rule().toString());
        assertEquals(Area.of("9"), hebei.lookup(AdministrativeLevel.TOWNSHIP, Grade.STAFF).area());
        assertTrue(hebei.lookup(AdministrativeLevel.TOWNSHIP, Grade.STAFF).isProvisional());
        assertEquals(Area.of("30"), hebei.lookup(AdministrativeLevel.COUNTY, Grade.COUNTY_DIVISION_PRINCIPAL).area());
        assertEquals(2, hebei.documents().size());
    }

    @Test
    void aTownshipFigureAboveTheCountyDeputyIsRejected() {
        StandardFormatException e = assertThrows(StandardFormatException.class,
                () -> OfficeSpaceStandard.withOverrides(List.of(province("office.TOWNSHIP.TSP,24.01,第八条,,\n"))));
        assertEquals("hebei.csv", e.rejection().source());
        assertEquals(9, e.rejection().line());
        assertTrue(e.getMessage().contains("exceeds the township cap of 24 m² (COUNTY.CDD"), e.getMessage());
    }

    @Test
    void aProvinceKeyThatIsNotInTheStandardIsRejected() {
        StandardFormatException e = assertThrows(StandardFormatException.class,
                () -> OfficeSpaceStandard.withOverrides(List.of(province("office.TOWNSHIP.CHIEF,20,第八条,,\n"))));
        assertEquals("office.TOWNSHIP.CHIEF", e.rejection().column());
    }

    @Test
    void aNationalFileMissingACellIsRejected() throws Exception {
        StandardFile f = nationalWith("office.CITY.CDD,18,表1,,市级机关 副局(处)级\n", "");
        StandardFormatException e = assertThrows(StandardFormatException.class, () -> OfficeSpaceStandard.of(f, List.of()));
        assertEquals("national.csv:0: office.CITY.CDD is missing: the standard office-construction-2014 is incomplete without it",
                e.getMessage());
    }

    @Test
    void aDotInTheCentralRowIsRejectedBecauseTheLookupWouldNotBeTotal() throws Exception {
        StandardFile f = nationalWith("office.CENTRAL.BD,18,", "office.CENTRAL.BD,·,");
        StandardFormatException e = assertThrows(StandardFormatException.class, () -> OfficeSpaceStandard.of(f, List.of()));
        assertEquals("office.CENTRAL.BD", e.rejection().column());
        assertTrue(e.getMessage().contains("the central row is the top of the table"), e.getMessage());
    }

    @Test
    void aRowWhereAJuniorGradeGetsMoreIsRejected() throws Exception {
        StandardFile f = nationalWith("office.COUNTY.TSD,12,", "office.COUNTY.TSD,19,");
        StandardFormatException e = assertThrows(StandardFormatException.class, () -> OfficeSpaceStandard.of(f, List.of()));
        assertEquals("office.COUNTY.TSD", e.rejection().column());
        assertTrue(e.getMessage().contains("a higher grade never gets less"), e.getMessage());
    }

    @Test
    void malformedFiguresAreRejectedWithTheirLine() throws Exception {
        StandardFile f = nationalWith("office.COUNTY.CDP,30,", "office.COUNTY.CDP,3O,");
        StandardFormatException e = assertThrows(StandardFormatException.class, () -> OfficeSpaceStandard.of(f, List.of()));
        assertEquals("3O", e.rejection().value());
        assertTrue(e.rejection().line() > 1);
        StandardFile k = nationalWith("formula.k.HIGH_RISE,0.60,", "formula.k.HIGH_RISE,0,");
        assertThrows(StandardFormatException.class, () -> OfficeSpaceStandard.of(k, List.of()));
        StandardFile notes = nationalWith("note.one_level_up,DEPUTY_MINISTERIAL_UNIT;", "note.one_level_up,VICE_UNIT;");
        assertThrows(StandardFormatException.class, () -> OfficeSpaceStandard.of(notes, List.of()));
    }
}
