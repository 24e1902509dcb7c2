package io.github.jiguan.testkit.office;

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
import io.github.jiguan.testkit.Generator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Persons, rooms and units for the office audit: units whose offices lie just under, at or just
 * over each person's standard (and shared offices around the sum of their occupants'), with the
 * truth table of which must be flagged; and untidy registers for properties that only need
 * plausible data.
 */
public final class Offices {

    private Offices() {
    }

    /** Agencies of every level, type and rank; an organ's approved level is its own. */
    public static Generator<Agency> agencies(String id) {
        Generator<AdministrativeLevel> level = Generator.elements(AdministrativeLevel.values());
        Generator<AgencyType> type = Generator.elements(AgencyType.values());
        Generator<AgencyRank> rank = Generator.elements(AgencyRank.values());
        return (r, size) -> {
            AdministrativeLevel l = level.next(r, size);
            AgencyType t = type.next(r, size);
            AdministrativeLevel approved = t == AgencyType.ORGAN ? l : level.next(r, size);
            return new Agency(id, "单位" + id, l, t, approved, rank.next(r, size));
        };
    }

    /**
     * A unit of {@code agency} with 1 to {@code maxStaff} serving persons (at most 1 + size) of any
     * grade, each in an office of their own on a drawn {@link Side} of {@code standard}'s figure,
     * and one time in four two of them sharing an office on a drawn side of the sum of theirs.
     */
    public static Generator<OfficeUnit> units(Generator<Agency> agency, Entitlements standard, int maxStaff, LocalDate asOf) {
        Generator<Grade> grade = Generator.elements(Grade.values());
        Generator<Side> side = Generator.elements(Side.values());
        return (r, size) -> {
            Agency a = agency.next(r, size);
            int n = r.nextInt(1, Math.min(maxStaff, 1 + Math.max(size, 0)) + 1);
            List<Person> persons = new ArrayList<>();
            List<Room> rooms = new ArrayList<>();
            Map<String, Side> sides = new LinkedHashMap<>();
            boolean share = n >= 2 && r.nextInt(0, 4) == 0;
            for (int i = 0; i < n; i++) {
                Person p = Person.active("P" + i, "人员" + i, Post.of(a.id(), grade.next(r, size)), asOf.minusYears(1));
                persons.add(p);
            }
            for (int i = share ? 2 : 0; i < n; i++) {
                Side s = side.next(r, size);
                Person p = persons.get(i);
                rooms.add(office("R" + i, a.id(), s.of(standard.areaFor(a, p.grade())), List.of(p.id())));
                sides.put("R" + i, s);
            }
            if (share) {
                Side s = side.next(r, size);
                Area sum = standard.areaFor(a, persons.get(0).grade()).plus(standard.areaFor(a, persons.get(1).grade()));
                rooms.add(office("R-shared", a.id(), s.of(sum), List.of(persons.get(0).id(), persons.get(1).id())));
                sides.put("R-shared", s);
            }
            return new OfficeUnit(a, persons, rooms, sides);
        };
    }

    /** An office in use in building B1, ownership registered. */
    public static Room office(String id, String agencyId, Area area, List<String> occupants) {
        return new Room(id, "B1", agencyId, RoomUse.OFFICE, area, RoomStatus.IN_USE, OwnershipStatus.REGISTERED, occupants);
    }

    /**
     * An untidy register of a county party committee (A1) and a sub-provincial city's bureau (A2):
     * up to 15 persons of any grade and status, some retired or transferred up to 120 days before
     * {@code asOf}; up to 20 rooms of any use and status, 5 to 60 m², with up to three occupants
     * each, known or not.
     *
     * @param agencies the two agencies, by id
     * @param persons  the persons, distinct ids
     * @param rooms    the rooms, distinct ids
     */
    public record Register(Map<String, Agency> agencies, List<Person> persons, List<Room> rooms) {

        /** Copies the collections. */
        public Register {
            agencies = Map.copyOf(agencies);
            persons = List.copyOf(persons);
            rooms = List.copyOf(rooms);
        }
    }

    /** See {@link Register}. */
    public static Generator<Register> registers(LocalDate asOf) {
        Map<String, Agency> agencies = Map.of("A1", Agency.of("A1", "某县委", AdministrativeLevel.COUNTY),
                "A2", Agency.of("A2", "某市局", AdministrativeLevel.CITY).withRank(AgencyRank.SUB_PROVINCIAL_CITY));
        Generator<String> agency = Generator.elements("A1", "A2");
        Generator<Grade> grade = Generator.elements(Grade.values());
        Generator<PersonStatus> status = Generator.elements(PersonStatus.values());
        Generator<RoomUse> use = Generator.elements(RoomUse.values());
        Generator<RoomStatus> roomStatus = Generator.elements(RoomStatus.values());
        return (r, size) -> {
            Map<String, Person> persons = new LinkedHashMap<>();
            int np = r.nextInt(0, Math.min(15, Math.max(size, 0)) + 1);
            for (int i = 0; i < np; i++) {
                int k = r.nextInt(0, 20);
                persons.putIfAbsent("P" + k, new Person("P" + k, "人员" + k, Post.of(agency.next(r, size), grade.next(r, size)),
                        List.of(), status.next(r, size), asOf.minusDays(r.nextInt(0, 121)), null));
            }
            Map<String, Room> rooms = new HashMap<>();
            List<Room> ordered = new ArrayList<>();
            int nr = r.nextInt(0, Math.min(20, Math.max(size, 0)) + 1);
            for (int i = 0; i < nr; i++) {
                String id = "R" + r.nextInt(0, 30);
                List<String> occupants = new ArrayList<>();
                int no = r.nextInt(0, 4);
                for (int o = 0; o < no; o++) {
                    String p = "P" + r.nextInt(0, 20);
                    if (!occupants.contains(p)) {
                        occupants.add(p);
                    }
                }
                Room room = new Room(id, "B1", agency.next(r, size), use.next(r, size),
                        Area.of(BigDecimal.valueOf(r.nextInt(500, 6001), 2)), roomStatus.next(r, size),
                        OwnershipStatus.REGISTERED, occupants);
                if (rooms.putIfAbsent(id, room) == null) {
                    ordered.add(room);
                }
            }
            return new Register(agencies, new ArrayList<>(persons.values()), ordered);
        };
    }
}
