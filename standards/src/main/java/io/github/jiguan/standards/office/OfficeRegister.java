package io.github.jiguan.standards.office;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import io.github.jiguan.core.office.BuildingStructure;
import io.github.jiguan.core.office.Room;
import io.github.jiguan.core.org.Agency;
import io.github.jiguan.core.org.Person;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the office audit reads: the agencies, the persons (人员名册) and the rooms (房间台账) of a
 * bureau's register, and the structure of each building (multi-storey when not given).
 *
 * @param agencies   the agencies by id; every person's main agency must be here
 * @param persons    the persons, distinct ids
 * @param rooms      the rooms, distinct ids
 * @param structures the structure of each building by building id; may be empty
 */
public record OfficeRegister(Map<String, Agency> agencies, List<Person> persons, List<Room> rooms,
                             Map<String, BuildingStructure> structures) {

    /** Validates the references and copies the collections. */
    public OfficeRegister {
        agencies = Map.copyOf(Checks.notNull("agencies", agencies));
        persons = Checks.listOf("persons", persons);
        rooms = Checks.listOf("rooms", rooms);
        structures = Map.copyOf(Checks.notNull("structures", structures));
        Set<String> ids = new HashSet<>();
        for (Person p : persons) {
            if (!ids.add(p.id())) {
                throw new InvalidValueException("person id", "must not appear twice", p.id());
            }
            if (!agencies.containsKey(p.agencyId())) {
                throw new InvalidValueException("agency id", "of person " + p.id() + " is not a known agency", p.agencyId());
            }
        }
        ids.clear();
        for (Room r : rooms) {
            if (!ids.add(r.id())) {
                throw new InvalidValueException("room id", "must not appear twice", r.id());
            }
        }
    }

    /** The structure of a building, multi-storey (the larger K, so the smaller approved area) when not given. */
    public BuildingStructure structureOf(String buildingId) {
        return structures.getOrDefault(buildingId, BuildingStructure.MULTI_STOREY);
    }
}
