package io.github.jiguan.testkit.office;

import io.github.jiguan.core.office.Room;
import io.github.jiguan.core.org.Agency;
import io.github.jiguan.core.org.Person;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One unit's register for the office audit, with its truth table: the staff, their offices, and
 * on which {@link Side} of the standard each office was made.
 *
 * @param agency  the unit
 * @param persons its staff, all serving
 * @param rooms   their offices, single or shared by two
 * @param sides   the side of the figure each room was made on, by room id
 */
public record OfficeUnit(Agency agency, List<Person> persons, List<Room> rooms, Map<String, Side> sides) {

    /** Copies the collections. */
    public OfficeUnit {
        persons = List.copyOf(persons);
        rooms = List.copyOf(rooms);
        sides = Map.copyOf(sides);
    }

    /** The unit keyed by its id, as a register's agencies are. */
    public Map<String, Agency> agencies() {
        return Map.of(agency.id(), agency);
    }

    /** The rooms of one occupant made over the standard: each must give an over-standard finding. */
    public Set<String> singleOver() {
        return over(false);
    }

    /** The shared rooms made over the sum of their occupants' standards. */
    public Set<String> sharedOver() {
        return over(true);
    }

    private Set<String> over(boolean shared) {
        return rooms.stream().filter(r -> r.isShared() == shared && sides.get(r.id()).isOver()).map(Room::id)
                .collect(Collectors.toSet());
    }
}
