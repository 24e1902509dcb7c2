package io.github.jiguan.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgTest {

    @Test
    void gradesRunFromMostToLeastSeniorWithTheirChineseNames() {
        Grade[] g = Grade.values();
        assertEquals(9, g.length);
        assertEquals("省部级正职", g[0].chineseName());
        assertEquals("科员及以下", g[8].chineseName());
        assertTrue(Grade.BUREAU_PRINCIPAL.isAbove(Grade.BUREAU_DEPUTY));
        assertFalse(Grade.STAFF.isAbove(Grade.TOWNSHIP_SECTION_DEPUTY));
        assertEquals(1, Grade.PROVINCIAL_MINISTERIAL_PRINCIPAL.rank());
        assertTrue(Grade.COUNTY_DIVISION_PRINCIPAL.isPrincipal());
        assertFalse(Grade.COUNTY_DIVISION_DEPUTY.isPrincipal());
        assertFalse(Grade.STAFF.isPrincipal());
    }

    @Test
    void gradesParseFromCodeAbbreviationAndChineseName() {
        assertEquals(Grade.COUNTY_DIVISION_PRINCIPAL, Grade.parse("county_division_principal"));
        assertEquals(Grade.COUNTY_DIVISION_PRINCIPAL, Grade.parse("CDP"));
        assertEquals(Grade.COUNTY_DIVISION_PRINCIPAL, Grade.parse("县处级正职"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Grade.parse("MAYOR"));
        assertTrue(e.getMessage().startsWith("grade must be one of [PROVINCIAL_MINISTERIAL_PRINCIPAL,"), e.getMessage());
    }

    @Test
    void levelsKnowTheLevelAbove() {
        assertEquals(Optional.of(AdministrativeLevel.PROVINCE), AdministrativeLevel.CITY.higher());
        assertEquals(Optional.empty(), AdministrativeLevel.CENTRAL.higher());
        assertTrue(AdministrativeLevel.CITY.isAbove(AdministrativeLevel.COUNTY));
        assertEquals(AdministrativeLevel.COUNTY, AdministrativeLevel.parse("县级"));
    }

    @Test
    void anOrganUsesItsOwnLevelsTable() {
        Agency a = Agency.of("A01", "某县机关事务管理局", AdministrativeLevel.COUNTY);
        assertEquals(AdministrativeLevel.COUNTY, a.tableLevel());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Agency("A02", "某县财政局",
                AdministrativeLevel.COUNTY, AgencyType.ORGAN, AdministrativeLevel.CITY, AgencyRank.REGULAR));
        assertEquals("approved level", e.field());
    }

    @Test
    void aDispatchedBodyUsesTheLevelInItsApproval() {
        Agency a = new Agency("A03", "某市驻京办", AdministrativeLevel.CITY, AgencyType.DISPATCHED_BODY,
                AdministrativeLevel.COUNTY, AgencyRank.REGULAR);
        assertEquals(AdministrativeLevel.COUNTY, a.tableLevel());
        assertTrue(a.withRank(AgencyRank.SUB_PROVINCIAL_CITY).rank().usesRowOneLevelUp());
    }

    @Test
    void aPersonsSecondOfficeMustBeForOneOfTheirConcurrentPosts() {
        Post main = Post.of("A01", Grade.COUNTY_DIVISION_PRINCIPAL);
        Post concurrent = new Post("B07", Grade.COUNTY_DIVISION_DEPUTY, "党组成员");
        Person p = new Person("P1", "张三", main, List.of(concurrent), PersonStatus.ACTIVE,
                LocalDate.of(2020, 1, 1), "B07");
        assertEquals(Optional.of("B07"), p.approvedSecondOfficeAgency());
        assertEquals(Grade.COUNTY_DIVISION_PRINCIPAL, p.grade());
        assertEquals("A01", p.agencyId());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Person("P1", "张三", main,
                List.of(concurrent), PersonStatus.ACTIVE, LocalDate.of(2020, 1, 1), "C99"));
        assertEquals("second office agency id must be the agency of one of the person's concurrent posts: \"C99\"",
                e.getMessage());
    }

    @Test
    void aRetiredPersonKeepsTheDateTheStatusTookEffect() {
        Person p = Person.active("P2", "李四", Post.of("A01", Grade.STAFF), LocalDate.of(2015, 3, 1))
                .withStatus(PersonStatus.RETIRED, LocalDate.of(2025, 4, 30));
        assertEquals(PersonStatus.RETIRED, p.status());
        assertEquals(LocalDate.of(2025, 4, 30), p.statusSince());
    }

    @Test
    void blankNamesAndLongIdsAreRejectedByField() {
        Post main = Post.of("A01", Grade.STAFF);
        assertEquals("person name must not be blank: \"  \"", assertThrows(InvalidValueException.class,
                () -> Person.active("P3", "  ", main, LocalDate.of(2020, 1, 1))).getMessage());
        assertEquals("person id", assertThrows(InvalidValueException.class,
                () -> Person.active("x".repeat(65), "王五", main, LocalDate.of(2020, 1, 1))).field());
    }
}
