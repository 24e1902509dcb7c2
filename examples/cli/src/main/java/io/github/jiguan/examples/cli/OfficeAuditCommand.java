package io.github.jiguan.examples.cli;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.csv.Cells;
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
import io.github.jiguan.standards.office.ApprovedArea;
import io.github.jiguan.standards.office.OfficeAudit;
import io.github.jiguan.standards.office.OfficeAuditReport;
import io.github.jiguan.standards.office.OfficeFinding;
import io.github.jiguan.standards.office.OfficeManagementRules;
import io.github.jiguan.standards.office.OfficeRegister;
import io.github.jiguan.standards.office.OfficeSpaceStandard;
import io.github.jiguan.standards.office.UnitAreaLedger;
import io.github.jiguan.standards.source.StandardFormatException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiguan office-audit}: audits a register of persons and rooms against 《党政机关办公用房建设标准》
 * and 《党政机关办公用房管理办法》 and writes the findings, each citing its rule.
 */
@Command(name = "office-audit", mixinStandardHelpOptions = true,
        description = {"Audit office space: entitlements under Table 1 of the 2014 standard, approved area per unit,",
            "and the findings of the 2017 management rules, each citing document, article and figure.",
            "persons.csv: person_id,name,agency_id,agency_level,grade,status,status_since,concurrent_agency_id,"
                + "second_office_approved [,agency_name,agency_type,agency_approved_level,agency_rank]",
            "rooms.csv: room_id,agency_id,building,use,usable_area_m2,occupants(;-separated),status [,structure,ownership]"})
final class OfficeAuditCommand implements Callable<Integer> {

    static final List<String> PERSON_COLUMNS = List.of("person_id", "name", "agency_id", "agency_level", "grade",
            "status", "status_since", "concurrent_agency_id", "second_office_approved");
    static final List<String> ROOM_COLUMNS = List.of("room_id", "agency_id", "building", "use", "usable_area_m2",
            "occupants", "status");
    static final List<String> FINDING_COLUMNS = List.of("type", "person_id", "room_id", "agency_id", "detail", "rule");
    static final List<String> UNIT_COLUMNS = List.of("agency_id", "level", "headcount", "offices_a_m2",
            "service_per_person_m2", "service_b_m2", "equipment_m2", "approved_usable_m2", "k", "ancillary_c_m2",
            "approved_gross_s_m2", "office_in_use_m2", "service_in_use_m2", "equipment_in_use_m2",
            "ancillary_in_use_m2", "over_approved", "explanation");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private AuditOptions common;

    @Option(names = "--persons", required = true, description = "persons.csv")
    private Path persons;

    @Option(names = "--rooms", required = true, description = "rooms.csv")
    private Path rooms;

    @Option(names = "--units", description = "units.csv to write: each unit's approved area with every term")
    private Path units;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Standards standards = Standards.load(common.overrides, List.of(OfficeSpaceStandard.ID, OfficeManagementRules.ID));
            OfficeAudit audit = new OfficeAudit(OfficeSpaceStandard.withOverrides(standards.of(OfficeSpaceStandard.ID)),
                    OfficeManagementRules.withOverrides(standards.of(OfficeManagementRules.ID)));
            CsvInput input = new CsvInput(common.strict);
            Register register = new Register(common.asOf);
            input.read(persons, PERSON_COLUMNS, register::person).forEach(p -> register.accept(p, input));
            List<Room> roomList = new ArrayList<>();
            input.read(rooms, ROOM_COLUMNS, register::room).forEach(r -> register.accept(r, input, roomList));
            OfficeAuditReport report = audit.run(register.build(roomList), common.asOf);
            writeFindings(report.findings());
            if (units != null) {
                writeUnits(report.units());
            }
            summary(report, register.personCount(), roomList.size(), input.rejections());
            return 0;
        } catch (CsvFormatException | StandardFormatException | UncheckedIOException e) {
            err.println("office-audit: " + e.getMessage());
            return 1;
        }
    }

    private void writeFindings(List<OfficeFinding> findings) {
        try (CsvWriter csv = CsvWriter.create(common.out, FINDING_COLUMNS)) {
            for (OfficeFinding f : findings) {
                csv.row(f.type().name(), f.personId(), f.roomId(), f.agencyId(), f.detail(), f.rule().toString());
            }
        }
    }

    private void writeUnits(List<UnitAreaLedger> ledgers) {
        try (CsvWriter csv = CsvWriter.create(units, UNIT_COLUMNS)) {
            for (UnitAreaLedger u : ledgers) {
                ApprovedArea a = u.approved();
                csv.row(a.agencyId(), a.level() == null ? "" : a.level().name(), String.valueOf(a.headcount()),
                        a.offices().toString(), a.servicePerPerson().toString(), a.service().toString(),
                        a.equipment().toString(), a.usable().toString(), a.coefficient().toPlainString(),
                        a.ancillary().toString(), a.gross().toString(), u.office().toString(), u.service().toString(),
                        u.equipment().toString(), u.ancillary().toString(), String.valueOf(u.isOverApproved()), a.explain());
            }
        }
    }

    private void summary(OfficeAuditReport report, int personCount, int roomCount, List<Rejection> rejected) {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        rejected.forEach(r -> err.println("rejected " + r));
        o.println("office-audit as of " + common.asOf + ": " + personCount + " persons, " + roomCount + " rooms, "
                + rejected.size() + " rows rejected");
        report.counts().forEach((type, n) -> o.println("  " + type + " " + type.chineseName() + ": " + n));
        o.println(report.findings().size() + " findings written to " + common.out);
    }

    /** Builds the register from the rows, checking what one row cannot see: duplicates and agency conflicts. */
    private static final class Register {
        private final LocalDate asOf;
        private final Map<String, Agency> agencies = new LinkedHashMap<>();
        private final Map<String, Long> agencyLines = new HashMap<>();
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final Map<String, BuildingStructure> structures = new HashMap<>();
        private final Map<String, String> roomIds = new HashMap<>();

        Register(LocalDate asOf) {
            this.asOf = asOf;
        }

        record PersonRow(CsvInput.Row row, Person person, Agency agency) {
        }

        record RoomRow(CsvInput.Row row, Room room, BuildingStructure structure) {
        }

        PersonRow person(CsvInput.Row r) {
            String agencyId = r.field("agency_id", s -> s);
            AdministrativeLevel level = r.field("agency_level", AdministrativeLevel::parse);
            AgencyType type = r.has("agency_type") ? r.optional("agency_type", AgencyType::parse) : null;
            AdministrativeLevel approved = r.optional("agency_approved_level", AdministrativeLevel::parse);
            AgencyRank rank = r.optional("agency_rank", AgencyRank::parse);
            String name = r.text("agency_name").isEmpty() ? agencyId : r.text("agency_name");
            Agency agency = new Agency(agencyId, name, level, type == null ? AgencyType.ORGAN : type,
                    approved == null ? level : approved, rank == null ? AgencyRank.REGULAR : rank);
            Grade grade = r.field("grade", Grade::parse);
            PersonStatus status = r.field("status", PersonStatus::parse);
            LocalDate since = status == PersonStatus.ACTIVE
                    ? r.optional("status_since", t -> Cells.date("status_since", t))
                    : r.field("status_since", t -> Cells.date("status_since", t));
            String concurrent = r.text("concurrent_agency_id");
            boolean second = r.optional("second_office_approved", t -> Cells.flag("second_office_approved", t)) == Boolean.TRUE;
            if (second && concurrent.isEmpty()) {
                throw r.reject("second_office_approved", "is true but concurrent_agency_id is empty");
            }
            List<Post> posts = concurrent.isEmpty() ? List.of() : List.of(Post.of(concurrent, grade));
            Person p = new Person(r.field("person_id", s -> s), r.field("name", s -> s), Post.of(agencyId, grade), posts,
                    status, since == null ? asOf : since, second ? concurrent : null);
            return new PersonRow(r, p, agency);
        }

        void accept(PersonRow pr, CsvInput input) {
            Agency known = agencies.get(pr.agency().id());
            if (known != null && !known.equals(pr.agency())) {
                input.reject(pr.row().csv().reject("agency_level", "describes agency " + known.id()
                        + " differently from line " + agencyLines.get(known.id()) + " (" + known.level() + ", "
                        + known.type() + ", " + known.approvedLevel() + ", " + known.rank() + ")"));
                return;
            }
            if (people.containsKey(pr.person().id())) {
                input.reject(pr.row().csv().reject("person_id", "appears twice"));
                return;
            }
            agencies.putIfAbsent(pr.agency().id(), pr.agency());
            agencyLines.putIfAbsent(pr.agency().id(), pr.row().csv().line());
            people.put(pr.person().id(), pr.person());
        }

        RoomRow room(CsvInput.Row r) {
            List<String> occupants = Arrays.stream(r.text("occupants").split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            OwnershipStatus ownership = r.optional("ownership", OwnershipStatus::parse);
            Room room = new Room(r.field("room_id", s -> s), r.field("building", s -> s), r.field("agency_id", s -> s),
                    r.field("use", RoomUse::parse), r.field("usable_area_m2", Area::of), r.field("status", RoomStatus::parse),
                    ownership == null ? OwnershipStatus.UNREGISTERED : ownership, occupants);
            return new RoomRow(r, room, r.optional("structure", Register::structure));
        }

        void accept(RoomRow rr, CsvInput input, List<Room> rooms) {
            Room room = rr.room();
            if (roomIds.putIfAbsent(room.id(), room.id()) != null) {
                input.reject(rr.row().csv().reject("room_id", "appears twice"));
                return;
            }
            if (rr.structure() != null) {
                BuildingStructure known = structures.putIfAbsent(room.buildingId(), rr.structure());
                if (known != null && known != rr.structure()) {
                    input.reject(rr.row().csv().reject("structure", "contradicts " + known + " given earlier for building "
                            + room.buildingId() + "; the room is audited with " + known));
                }
            }
            rooms.add(room);
        }

        static BuildingStructure structure(String text) {
            return switch (text.strip().toUpperCase(Locale.ROOT)) {
                case "MULTI_STOREY", "多层" -> BuildingStructure.MULTI_STOREY;
                case "HIGH_RISE", "高层" -> BuildingStructure.HIGH_RISE;
                default -> throw new InvalidValueException("structure",
                        "must be one of [MULTI_STOREY, HIGH_RISE]", text);
            };
        }

        int personCount() {
            return people.size();
        }

        OfficeRegister build(List<Room> rooms) {
            return new OfficeRegister(agencies, List.copyOf(people.values()), rooms,
                    structures);
        }
    }
}
