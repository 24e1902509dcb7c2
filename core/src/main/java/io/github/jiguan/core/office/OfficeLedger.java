package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The bureau's office-space ledger: compounds, buildings, the rooms on their floors, the user
 * units, and the documents, leases, repairs and energy records of both. It answers the questions
 * of the hierarchy (compound → building → floor → room) and builds the two files the rules ask
 * for: each unit's (一单位一档) and each property's (一房一档).
 *
 * <p>Ids are unique within each kind; references between kinds are not checked here (the ledger
 * audit reports them), so that a ledger with gaps can still be read and audited. Immutable and
 * thread-safe.
 *
 * @param compounds the compounds, by id
 * @param buildings the buildings, by id
 * @param units     the user units, by agency id
 * @param rooms     the rooms, distinct ids
 * @param documents the documents, distinct ids
 * @param leases    the leases, distinct ids
 * @param repairs   the repair projects, distinct ids
 * @param energy    the energy and water records
 */
public record OfficeLedger(Map<String, Compound> compounds, Map<String, BuildingRecord> buildings,
                           Map<String, UnitRecord> units, List<RoomRecord> rooms, List<DocumentRecord> documents,
                           List<Lease> leases, List<Repair> repairs, List<EnergyUse> energy) {

    /** Copies the collections, checking that ids are unique. */
    public OfficeLedger {
        compounds = Map.copyOf(Checks.notNull("compounds", compounds));
        buildings = Map.copyOf(Checks.notNull("buildings", buildings));
        units = Map.copyOf(Checks.notNull("units", units));
        rooms = unique("rooms", rooms, RoomRecord::id);
        documents = unique("documents", documents, DocumentRecord::id);
        leases = unique("leases", leases, Lease::id);
        repairs = unique("repairs", repairs, Repair::id);
        energy = Checks.listOf("energy", energy);
    }

    /** The building, if in the ledger. */
    public Optional<BuildingRecord> building(String id) {
        return Optional.ofNullable(buildings.get(id));
    }

    /** The county of a building, through its compound; empty when the compound is unknown. */
    public Optional<String> countyOf(BuildingRecord b) {
        return Optional.ofNullable(compounds.get(b.compoundId())).map(Compound::county);
    }

    /** The buildings of a compound, by id. */
    public List<BuildingRecord> buildingsOf(String compoundId) {
        return buildings.values().stream().filter(b -> b.compoundId().equals(compoundId))
                .sorted(Comparator.comparing(BuildingRecord::id)).toList();
    }

    /** The floors of a building that rooms name, in the order of their numbers where they are numbers. */
    public List<String> floorsOf(String buildingId) {
        TreeSet<String> floors = new TreeSet<>(OfficeLedger::compareFloors);
        rooms.stream().filter(r -> r.buildingId().equals(buildingId)).forEach(r -> floors.add(r.floor()));
        return List.copyOf(floors);
    }

    /** The rooms of a building on a floor, by id. */
    public List<RoomRecord> roomsOn(String buildingId, String floor) {
        return rooms.stream().filter(r -> r.buildingId().equals(buildingId) && r.floor().equals(floor))
                .sorted(Comparator.comparing(RoomRecord::id)).toList();
    }

    /** The rooms a unit uses, by id. */
    public List<RoomRecord> roomsOf(String agencyId) {
        return rooms.stream().filter(r -> r.agencyId().equals(agencyId))
                .sorted(Comparator.comparing(RoomRecord::id)).toList();
    }

    /** The documents about a unit, by date. */
    public List<DocumentRecord> documentsOfUnit(String agencyId) {
        return documents.stream().filter(d -> d.agencyId().equals(agencyId)).sorted(BY_DATE).toList();
    }

    /** The documents about a building, by date. */
    public List<DocumentRecord> documentsOfBuilding(String buildingId) {
        return documents.stream().filter(d -> d.buildingId().equals(buildingId)).sorted(BY_DATE).toList();
    }

    /** The leases a unit is party to, by start. */
    public List<Lease> leasesOf(String agencyId) {
        return leases.stream().filter(l -> l.agencyId().equals(agencyId))
                .sorted(Comparator.comparing(Lease::start).thenComparing(Lease::id)).toList();
    }

    /**
     * The property's file (一房一档): its survey, registration and appraisal, every document, repair
     * and lease about it, in date order (ties by kind, then reference).
     */
    public List<PropertyEvent> history(String buildingId) {
        List<PropertyEvent> events = new ArrayList<>();
        building(buildingId).ifPresent(b -> {
            Title t = b.title();
            if (t.surveyedOn() != null) {
                events.add(new PropertyEvent(t.surveyedOn(), PropertyEvent.Kind.SURVEY, b.id(), ""));
            }
            if (t.registeredOn() != null) {
                events.add(new PropertyEvent(t.registeredOn(), PropertyEvent.Kind.REGISTRATION, b.id(),
                        t.status() + " " + t.certificateNumber()));
            }
            b.latestAppraisal().ifPresent(a -> events.add(new PropertyEvent(a.date(), PropertyEvent.Kind.APPRAISAL,
                    b.id(), a.grade().name())));
        });
        documentsOfBuilding(buildingId).forEach(d -> events.add(new PropertyEvent(d.issuedOn(),
                PropertyEvent.Kind.DOCUMENT, d.id(), d.kind() + " " + d.number())));
        repairs.stream().filter(r -> r.buildingId().equals(buildingId)).forEach(r -> events.add(new PropertyEvent(
                r.startedOn(), PropertyEvent.Kind.REPAIR, r.id(), r.kind() + " " + r.costYuan().toPlainString())));
        leases.stream().filter(l -> l.buildingId().equals(buildingId)).forEach(l -> {
            events.add(new PropertyEvent(l.start(), PropertyEvent.Kind.LEASE_START, l.id(), l.direction().name()));
            events.add(new PropertyEvent(l.end(), PropertyEvent.Kind.LEASE_END, l.id(), l.direction().name()));
        });
        events.sort(Comparator.comparing(PropertyEvent::date).thenComparing(PropertyEvent::kind)
                .thenComparing(PropertyEvent::referenceId));
        return List.copyOf(events);
    }

    private static final Comparator<DocumentRecord> BY_DATE =
            Comparator.comparing(DocumentRecord::issuedOn).thenComparing(DocumentRecord::id);

    /** Floors that are whole numbers compare as numbers and come first; the rest by text. */
    static int compareFloors(String a, String b) {
        Integer x = floorNumber(a);
        Integer y = floorNumber(b);
        if (x != null && y != null) {
            return Integer.compare(x, y);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static Integer floorNumber(String floor) {
        try {
            return Integer.valueOf(floor);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <T> List<T> unique(String field, List<T> items, Function<T, String> id) {
        Map<String, T> seen = new LinkedHashMap<>();
        for (T t : Checks.listOf(field, items)) {
            if (seen.putIfAbsent(id.apply(t), t) != null) {
                throw new InvalidValueException(field, "must not repeat an id", id.apply(t));
            }
        }
        return List.copyOf(seen.values());
    }
}
