package io.github.jiguan.standards.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.OwnershipStatus;
import io.github.jiguan.core.office.Room;
import io.github.jiguan.core.office.RoomStatus;
import io.github.jiguan.core.office.RoomUse;
import io.github.jiguan.core.org.AdministrativeLevel;
import io.github.jiguan.core.org.Agency;
import io.github.jiguan.core.org.AgencyRank;
import io.github.jiguan.core.org.AgencyType;
import io.github.jiguan.core.org.Grade;
import io.github.jiguan.core.org.Person;
import io.github.jiguan.core.org.PersonStatus;
import io.github.jiguan.core.org.Post;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OfficeStandardProperties {

    static final OfficeSpaceStandard STANDARD = OfficeSpaceStandard.national();
    static final OfficeAudit AUDIT = OfficeAudit.national();
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Property
    void theLookupIsTotalAndMonotoneInGrade(@ForAll AdministrativeLevel level, @ForAll Grade grade) {
        Entitlement e = STANDARD.lookup(level, grade);
        assertTrue(e.area().squareMetres().signum() > 0);
        assertFalse(e.row().isAbove(AdministrativeLevel.CENTRAL));
        assertFalse(level.isAbove(e.row()), "the figure comes from this level's row or a higher one");
        for (Grade junior : Grade.values()) {
            if (grade.isAbove(junior)) {
                assertFalse(STANDARD.lookup(level, junior).area().isGreaterThan(e.area()),
                        level + ": " + junior + " gets more than " + grade);
            }
        }
    }

    @Property
    void everyAgencyGetsAnEntitlementThatIsMonotoneInGrade(@ForAll AdministrativeLevel level, @ForAll AgencyType type,
                                                           @ForAll AdministrativeLevel approved, @ForAll AgencyRank rank,
                                                           @ForAll Grade grade) {
        Agency agency = new Agency("A1", "某单位", level, type, type == AgencyType.ORGAN ? level : approved, rank);
        Entitlement e = STANDARD.entitlement(agency, grade);
        assertFalse(e.explanation().isBlank());
        for (Grade junior : Grade.values()) {
            if (grade.isAbove(junior)) {
                assertFalse(STANDARD.entitlement(agency, junior).area().isGreaterThan(e.area()));
            }
        }
    }

    @Property(tries = 200)
    void anOfficeExactlyAtTheStandardIsNeverFlagged(@ForAll("staff") List<Grade> grades, @ForAll AdministrativeLevel level) {
        Agency agency = Agency.of("A1", "某单位", level);
        List<Person> persons = new ArrayList<>();
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            Person p = Person.active("P" + i, "人员" + i, Post.of("A1", grades.get(i)), AS_OF.minusYears(1));
            persons.add(p);
            rooms.add(office("R" + i, STANDARD.entitlement(agency, grades.get(i)).area(), p.id()));
        }
        OfficeAuditReport r = AUDIT.run(new OfficeRegister(Map.of("A1", agency), persons, rooms, Map.of()), AS_OF);
        assertEquals(List.of(), r.findings(OfficeFindingType.OFFICE_OVER_STANDARD));
        assertEquals(List.of(), r.findings(OfficeFindingType.SHARED_OFFICE_OVER_STANDARD));
        assertEquals(List.of(), r.findings(OfficeFindingType.UNIT_OVER_APPROVED_AREA));
    }

    @Property(tries = 100)
    void theAuditDoesNotDependOnRowOrder(@ForAll("register") OfficeRegister register, @ForAll long seed) {
        OfficeAuditReport first = AUDIT.run(register, AS_OF);
        List<Person> persons = new ArrayList<>(register.persons());
        List<Room> rooms = new ArrayList<>(register.rooms());
        Collections.shuffle(persons, new Random(seed));
        Collections.shuffle(rooms, new Random(seed + 1));
        OfficeAuditReport second = AUDIT.run(new OfficeRegister(register.agencies(), persons, rooms, register.structures()), AS_OF);
        assertEquals(first, second);
    }

    @Provide
    Arbitrary<List<Grade>> staff() {
        return Arbitraries.of(Grade.class).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<OfficeRegister> register() {
        Arbitrary<Person> person = Combinators.combine(Arbitraries.integers().between(0, 19), Arbitraries.of("A1", "A2"),
                Arbitraries.of(Grade.class), Arbitraries.of(PersonStatus.class), Arbitraries.integers().between(0, 120))
                .as((n, agency, grade, status, days) -> new Person("P" + n, "人员" + n, Post.of(agency, grade), List.of(),
                        status, AS_OF.minusDays(days), null));
        Arbitrary<Room> room = Combinators.combine(Arbitraries.integers().between(0, 29), Arbitraries.of("A1", "A2"),
                Arbitraries.of(RoomUse.class), Arbitraries.integers().between(500, 6000), Arbitraries.of(RoomStatus.class),
                Arbitraries.integers().between(0, 19).list().ofMaxSize(3).uniqueElements())
                .as((n, agency, use, cents, status, occupants) -> new Room("R" + n, "B1", agency, use,
                        Area.of(BigDecimal.valueOf(cents, 2)), status, OwnershipStatus.REGISTERED,
                        occupants.stream().map(o -> "P" + o).toList()));
        return Combinators.combine(person.list().ofMaxSize(15).uniqueElements(Person::id),
                room.list().ofMaxSize(20).uniqueElements(Room::id))
                .as((persons, rooms) -> new OfficeRegister(Map.of(
                        "A1", Agency.of("A1", "某县委", AdministrativeLevel.COUNTY),
                        "A2", Agency.of("A2", "某市局", AdministrativeLevel.CITY).withRank(AgencyRank.SUB_PROVINCIAL_CITY)),
                        persons, rooms, Map.of()));
    }

    static Room office(String id, Area area, String occupant) {
        return new Room(id, "B1", "A1", RoomUse.OFFICE, area, RoomStatus.IN_USE, OwnershipStatus.REGISTERED, List.of(occupant));
    }
}
