package io.github.jiguan.standards.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.org.AdministrativeLevel;
import io.github.jiguan.core.org.Agency;
import io.github.jiguan.core.org.Grade;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.office.Offices;
import io.github.jiguan.testkit.office.OfficeUnit;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The national office-area standard is total and monotone in grade, and the audit flags an office
 * exactly when it is over its occupants' figure, whatever the order of the register's rows.
 * Generators from jiguan-testkit.
 */
class OfficeStandardProperties {

    static final OfficeSpaceStandard STANDARD = OfficeSpaceStandard.national();
    static final OfficeAudit AUDIT = OfficeAudit.national();
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final int SIZE = 12;
    private static final Generator<Grade> GRADES = Generator.elements(Grade.values());

    /** A level and a grade. */
    record Cell(AdministrativeLevel level, Grade grade) {
    }

    @Test
    void theLookupIsTotalAndMonotoneInGrade() {
        Generator<Cell> cells = Generator.elements(AdministrativeLevel.values()).with(GRADES, Cell::new);
        QtCheck.forAll(300, cells, SIZE, Cell::toString, c -> {
            Entitlement e = STANDARD.lookup(c.level(), c.grade());
            assertTrue(e.area().squareMetres().signum() > 0);
            assertFalse(e.row().isAbove(AdministrativeLevel.CENTRAL));
            assertFalse(c.level().isAbove(e.row()), "the figure comes from this level's row or a higher one");
            for (Grade junior : Grade.values()) {
                if (c.grade().isAbove(junior)) {
                    assertFalse(STANDARD.lookup(c.level(), junior).area().isGreaterThan(e.area()),
                            c.level() + ": " + junior + " gets more than " + c.grade());
                }
            }
        });
    }

    /** An agency and a grade. */
    record Staff(Agency agency, Grade grade) {
    }

    @Test
    void everyAgencyGetsAnEntitlementThatIsMonotoneInGrade() {
        QtCheck.forAll(1000, Offices.agencies("A1").with(GRADES, Staff::new), SIZE, Staff::toString, s -> {
            Entitlement e = STANDARD.entitlement(s.agency(), s.grade());
            assertFalse(e.explanation().isBlank());
            for (Grade junior : Grade.values()) {
                if (s.grade().isAbove(junior)) {
                    assertFalse(STANDARD.entitlement(s.agency(), junior).area().isGreaterThan(e.area()));
                }
            }
        });
    }

    /**
     * Offices made 0.01 m² under, at and 0.01 m² over their figure: exactly those over are flagged
     * (single and shared), and a unit none of whose offices is over is not over its approved area.
     * An office exactly at the standard is never flagged.
     */
    @Test
    void anOfficeIsFlaggedExactlyWhenItIsOverTheStandard() {
        Generator<OfficeUnit> units = Offices.units(Offices.agencies("A1"), (a, g) -> STANDARD.entitlement(a, g).area(),
                12, AS_OF);
        QtCheck.forAll(200, units, SIZE, OfficeUnit::toString, u -> {
            OfficeAuditReport r = AUDIT.run(new OfficeRegister(u.agencies(), u.persons(), u.rooms(), Map.of()), AS_OF);
            assertEquals(u.singleOver(), roomsOf(r.findings(OfficeFindingType.OFFICE_OVER_STANDARD)));
            assertEquals(u.sharedOver(), roomsOf(r.findings(OfficeFindingType.SHARED_OFFICE_OVER_STANDARD)));
            if (u.singleOver().isEmpty() && u.sharedOver().isEmpty()) {
                assertEquals(List.of(), r.findings(OfficeFindingType.UNIT_OVER_APPROVED_AREA));
            }
        });
    }

    private static Set<String> roomsOf(List<Finding> findings) {
        return findings.stream().flatMap(f -> f.subjects().roomIds().stream()).collect(Collectors.toSet());
    }

    @Test
    void theAuditDoesNotDependOnRowOrder() {
        Generator<OfficeRegister[]> registers = Offices.registers(AS_OF).flatMap(g -> (r, size) -> new OfficeRegister[] {
            new OfficeRegister(g.agencies(), g.persons(), g.rooms(), Map.of()),
            new OfficeRegister(g.agencies(), Generator.permute(g.persons(), r), Generator.permute(g.rooms(), r), Map.of())});
        QtCheck.forAll(100, registers, SIZE, p -> p[0].toString(),
                p -> assertEquals(AUDIT.run(p[0], AS_OF), AUDIT.run(p[1], AS_OF)));
    }
}
