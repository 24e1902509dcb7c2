package io.github.jiguan.standards.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.Cells;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.BuildingStructure;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the office audit's register from persons.csv and rooms.csv (docs/formats.md), checking
 * what one row cannot see: a person id given twice, an agency described differently on two rows, a
 * room id given twice, a building given two structures.
 *
 * <p>persons.csv: {@code person_id, name, agency_id, agency_level, grade, status, status_since,
 * concurrent_agency_id, second_office_approved}, optionally {@code agency_name, agency_type,
 * agency_approved_level, agency_rank}. rooms.csv: {@code room_id, agency_id, building, use,
 * usable_area_m2, occupants} (ids separated by {@code ;}) {@code , status}, optionally
 * {@code structure, ownership}.
 *
 * <pre>{@code
 * OfficeRegisterCsv csv = new OfficeRegisterCsv(LocalDate.of(2025, 6, 30), log);
 * csv.readPersons(CsvReader.open(Path.of("persons.csv")));
 * csv.readRooms(CsvReader.open(Path.of("rooms.csv")));
 * OfficeAuditReport r = OfficeAudit.national().run(csv.register(), asOf);
 * }</pre>
 *
 * Bad rows go to the {@link ImportLog}. One instance reads one register; not thread-safe.
 */
public final class OfficeRegisterCsv {

    /** The required columns of persons.csv. */
    public static final List<String> PERSON_COLUMNS = List.of("person_id", "name", "agency_id", "agency_level", "grade",
            "status", "status_since", "concurrent_agency_id", "second_office_approved");
    /** The required columns of rooms.csv. */
    public static final List<String> ROOM_COLUMNS = List.of("room_id", "agency_id", "building", "use", "usable_area_m2",
            "occupants", "status");

    private final LocalDate asOf;
    private final ImportLog log;
    private final Map<String, Agency> agencies = new LinkedHashMap<>();
    private final Map<String, Long> agencyLines = new HashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, Long> personLines = new HashMap<>();
    private final Map<String, Long> roomLines = new HashMap<>();
    private final Map<String, BuildingStructure> structures = new HashMap<>();
    private final List<Room> rooms = new ArrayList<>();

    /**
     * A reader of one register.
     *
     * @param asOf the audit date, taken as the status date of active persons without one
     * @param log  where bad rows go
     */
    public OfficeRegisterCsv(LocalDate asOf, ImportLog log) {
        this.asOf = Checks.notNull("as of", asOf);
        this.log = Checks.notNull("log", log);
    }

    /**
     * Reads persons.csv.
     *
     * @throws CsvFormatException when a required column is missing, or in strict mode at the first bad row
     */
    public OfficeRegisterCsv readPersons(CsvReader in) {
        log.read(in, PERSON_COLUMNS, this::person);
        return this;
    }

    /**
     * Reads rooms.csv.
     *
     * @throws CsvFormatException when a required column is missing, or in strict mode at the first bad row
     */
    public OfficeRegisterCsv readRooms(CsvReader in) {
        log.read(in, ROOM_COLUMNS, this::room);
        return this;
    }

    /** The register of the rows accepted so far. */
    public OfficeRegister register() {
        return new OfficeRegister(agencies, List.copyOf(persons.values()), rooms, structures);
    }

    /** The persons accepted so far. */
    public int personCount() {
        return persons.size();
    }

    /** The rooms accepted so far. */
    public int roomCount() {
        return rooms.size();
    }

    private Person person(CsvRow r) {
        String agencyId = r.required("agency_id", t -> Checks.id("agency_id", t));
        AdministrativeLevel level = r.required("agency_level", AdministrativeLevel::parse);
        AgencyType type = r.optional("agency_type", AgencyType::parse).orElse(AgencyType.ORGAN);
        AdministrativeLevel approved = r.optional("agency_approved_level", AdministrativeLevel::parse).orElse(level);
        AgencyRank rank = r.optional("agency_rank", AgencyRank::parse).orElse(AgencyRank.REGULAR);
        String name = r.text("agency_name").isEmpty() ? agencyId : r.text("agency_name");
        Agency agency = new Agency(agencyId, name, level, type, approved, rank);
        Grade grade = r.required("grade", Grade::parse);
        PersonStatus status = r.required("status", PersonStatus::parse);
        LocalDate since = status == PersonStatus.ACTIVE
                ? r.optional("status_since", t -> Cells.date("status_since", t)).orElse(asOf)
                : r.required("status_since", t -> Cells.date("status_since", t));
        String concurrent = r.text("concurrent_agency_id");
        boolean second = r.optional("second_office_approved", t -> Cells.flag("second_office_approved", t)).orElse(false);
        if (second && concurrent.isEmpty()) {
            throw r.invalid("second_office_approved", "is true but concurrent_agency_id is empty");
        }
        List<Post> posts = concurrent.isEmpty() ? List.of() : List.of(Post.of(concurrent, grade));
        Person p = new Person(r.required("person_id", t -> Checks.id("person_id", t)), r.required("name", t -> t),
                Post.of(agencyId, grade), posts, status, since, second ? concurrent : null);
        Agency known = agencies.get(agencyId);
        if (known != null && !known.equals(agency)) {
            throw r.invalid("agency_level", "describes agency " + known.id() + " differently from line "
                    + agencyLines.get(known.id()) + " (" + known.level() + ", " + known.type() + ", "
                    + known.approvedLevel() + ", " + known.rank() + ")");
        }
        Long first = personLines.putIfAbsent(p.id(), r.line());
        if (first != null) {
            throw r.repeat("person_id", first);
        }
        agencies.putIfAbsent(agencyId, agency);
        agencyLines.putIfAbsent(agencyId, r.line());
        persons.put(p.id(), p);
        return p;
    }

    /**
     * The room of one row of rooms.csv, without the checks across rows (a room id twice, a building
     * given two structures); the ledger's reader reads the same columns.
     *
     * @throws io.github.jiguan.core.csv.RejectedRowException naming the column, the text and the reason
     */
    public static Room parseRoom(CsvRow r) {
        List<String> occupants = Arrays.stream(r.text("occupants").split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        OwnershipStatus ownership = r.optional("ownership", OwnershipStatus::parse).orElse(OwnershipStatus.UNREGISTERED);
        return new Room(r.required("room_id", t -> Checks.id("room_id", t)), r.required("building", t -> t),
                r.required("agency_id", t -> Checks.id("agency_id", t)), r.required("use", RoomUse::parse),
                r.required("usable_area_m2", Area::of), r.required("status", RoomStatus::parse), ownership, occupants);
    }

    private Room room(CsvRow r) {
        Room room = parseRoom(r);
        BuildingStructure structure = r.optional("structure", OfficeRegisterCsv::structure).orElse(null);
        Long first = roomLines.putIfAbsent(room.id(), r.line());
        if (first != null) {
            throw r.repeat("room_id", first);
        }
        if (structure != null) {
            BuildingStructure known = structures.putIfAbsent(room.buildingId(), structure);
            if (known != null && known != structure) {
                roomLines.remove(room.id());
                throw r.invalid("structure", "contradicts " + known + " given earlier for building "
                        + room.buildingId());
            }
        }
        rooms.add(room);
        return room;
    }

    /** {@code MULTI_STOREY} (多层) or {@code HIGH_RISE} (高层). */
    public static BuildingStructure structure(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "MULTI_STOREY", "多层" -> BuildingStructure.MULTI_STOREY;
            case "HIGH_RISE", "高层" -> BuildingStructure.HIGH_RISE;
            default -> throw new InvalidValueException("structure", "must be one of [MULTI_STOREY, HIGH_RISE]", text);
        };
    }
}
