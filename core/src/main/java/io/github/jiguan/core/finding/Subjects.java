package io.github.jiguan.core.finding;

import io.github.jiguan.core.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Whom and what a finding is about, as typed ids: the vehicle (with its plate), the dispatch
 * order, the person (with the name), the rooms (a list, not a joined string), the agency and the
 * building. Any of them may be absent. Built with {@link #none()} and the {@code with…} methods:
 *
 * <pre>{@code
 * Subjects s = Subjects.none().withVehicle("V001", "冀H12345").withAgency("A01");
 * s.vehicleId();   // Optional[V001]
 * }</pre>
 *
 * Immutable and thread-safe; ids are stripped and may not be blank.
 */
public final class Subjects {

    private static final Subjects NONE = new Subjects(null, null, null, null, null, List.of(), null, null);

    private final String vehicleId;
    private final String plate;
    private final String orderId;
    private final String personId;
    private final String personName;
    private final List<String> roomIds;
    private final String agencyId;
    private final String buildingId;

    private Subjects(String vehicleId, String plate, String orderId, String personId, String personName,
                     List<String> roomIds, String agencyId, String buildingId) {
        this.vehicleId = vehicleId;
        this.plate = plate;
        this.orderId = orderId;
        this.personId = personId;
        this.personName = personName;
        this.roomIds = roomIds;
        this.agencyId = agencyId;
        this.buildingId = buildingId;
    }

    /** No subject yet. */
    public static Subjects none() {
        return NONE;
    }

    /** This with the vehicle, known by its id and shown by its plate (the plate may be null). */
    public Subjects withVehicle(String id, String plateText) {
        return new Subjects(Checks.id("vehicle id", id), label(plateText), orderId, personId, personName, roomIds,
                agencyId, buildingId);
    }

    /** This with the dispatch order; a null id leaves the order absent. */
    public Subjects withOrder(String id) {
        return new Subjects(vehicleId, plate, id == null ? null : Checks.id("order id", id), personId, personName,
                roomIds, agencyId, buildingId);
    }

    /** This with the person, known by the id and shown by the name (the name may be null). */
    public Subjects withPerson(String id, String name) {
        return new Subjects(vehicleId, plate, orderId, Checks.id("person id", id), label(name), roomIds, agencyId,
                buildingId);
    }

    /** This with the rooms, in the order given; duplicates are an error. */
    public Subjects withRooms(List<String> ids) {
        List<String> copy = new ArrayList<>();
        for (String id : Checks.listOf("room ids", ids)) {
            String r = Checks.id("room id", id);
            if (copy.contains(r)) {
                throw new io.github.jiguan.core.InvalidValueException("room ids", "must not repeat a room", r);
            }
            copy.add(r);
        }
        return new Subjects(vehicleId, plate, orderId, personId, personName, List.copyOf(copy), agencyId, buildingId);
    }

    /** This with one room. */
    public Subjects withRoom(String id) {
        return withRooms(List.of(id));
    }

    /** This with the agency (unit); a null id leaves it absent. */
    public Subjects withAgency(String id) {
        return new Subjects(vehicleId, plate, orderId, personId, personName, roomIds,
                id == null ? null : Checks.id("agency id", id), buildingId);
    }

    /** This with the building; a null id leaves it absent. */
    public Subjects withBuilding(String id) {
        return new Subjects(vehicleId, plate, orderId, personId, personName, roomIds, agencyId,
                id == null ? null : Checks.id("building id", id));
    }

    /** The vehicle's id. */
    public Optional<String> vehicleId() {
        return Optional.ofNullable(vehicleId);
    }

    /** The vehicle's plate as shown, when the vehicle and its plate are known. */
    public Optional<String> plate() {
        return Optional.ofNullable(plate);
    }

    /** The dispatch order's id. */
    public Optional<String> orderId() {
        return Optional.ofNullable(orderId);
    }

    /** The person's id. */
    public Optional<String> personId() {
        return Optional.ofNullable(personId);
    }

    /** The person's name, when known. */
    public Optional<String> personName() {
        return Optional.ofNullable(personName);
    }

    /** The rooms, possibly none. */
    public List<String> roomIds() {
        return roomIds;
    }

    /** The agency's id. */
    public Optional<String> agencyId() {
        return Optional.ofNullable(agencyId);
    }

    /** The building's id. */
    public Optional<String> buildingId() {
        return Optional.ofNullable(buildingId);
    }

    /** The vehicle as a sentence names it: its plate, else its id; empty when there is no vehicle. */
    public String vehicleLabel() {
        return plate != null ? plate : vehicleId == null ? "" : vehicleId;
    }

    /** The person as a sentence names them: {@code 张三（P001）}, or the id alone; empty when there is none. */
    public String personLabel() {
        if (personId == null) {
            return "";
        }
        return personName == null ? personId : personName + "（" + personId + "）";
    }

    private static String label(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Subjects s && Objects.equals(vehicleId, s.vehicleId) && Objects.equals(plate, s.plate)
                && Objects.equals(orderId, s.orderId) && Objects.equals(personId, s.personId)
                && Objects.equals(personName, s.personName) && roomIds.equals(s.roomIds)
                && Objects.equals(agencyId, s.agencyId) && Objects.equals(buildingId, s.buildingId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vehicleId, plate, orderId, personId, personName, roomIds, agencyId, buildingId);
    }

    /** {@code Subjects[vehicle=V001 (冀H12345), order=O1, agency=A01]}, naming only what is present. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "Subjects[", "]");
        if (vehicleId != null) {
            j.add("vehicle=" + vehicleId + (plate == null ? "" : " (" + plate + ")"));
        }
        if (orderId != null) {
            j.add("order=" + orderId);
        }
        if (personId != null) {
            j.add("person=" + personId + (personName == null ? "" : " (" + personName + ")"));
        }
        if (!roomIds.isEmpty()) {
            j.add("rooms=" + roomIds);
        }
        if (agencyId != null) {
            j.add("agency=" + agencyId);
        }
        if (buildingId != null) {
            j.add("building=" + buildingId);
        }
        return j.toString();
    }
}
