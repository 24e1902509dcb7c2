package io.github.jiguan.standards.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.BuildingStructure;
import io.github.jiguan.core.office.Room;
import io.github.jiguan.core.office.RoomStatus;
import io.github.jiguan.core.office.RoomUse;
import io.github.jiguan.core.org.Agency;
import io.github.jiguan.core.org.Person;
import io.github.jiguan.core.org.PersonStatus;
import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Subjects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The office-space audit: each person's entitlement, each unit's approved area, and the findings
 * of {@link OfficeFindingType}, each citing the document, article and figure it applied.
 *
 * <p>Areas are compared exactly: a room 0.01 m² over its standard is over; a room exactly at its
 * standard never is. The result does not depend on the order of persons or rooms. Thread-safe:
 * an audit holds only immutable standards.
 */
public final class OfficeAudit {

    private final OfficeSpaceStandard standard;
    private final OfficeManagementRules rules;

    /** An audit against the given standard and management rules. */
    public OfficeAudit(OfficeSpaceStandard standard, OfficeManagementRules rules) {
        this.standard = Checks.notNull("standard", standard);
        this.rules = Checks.notNull("rules", rules);
    }

    /** An audit against the national standards as shipped. */
    public static OfficeAudit national() {
        return new OfficeAudit(OfficeSpaceStandard.national(), OfficeManagementRules.national());
    }

    /** The area standard applied. */
    public OfficeSpaceStandard standard() {
        return standard;
    }

    /** The management rules applied. */
    public OfficeManagementRules rules() {
        return rules;
    }

    /** A person's entitlement in their main unit. */
    public Entitlement entitlement(Person person, Agency mainUnit) {
        return standard.entitlement(mainUnit, person.grade());
    }

    /**
     * The order of the audit's findings, on typed fields: type, unit, person, rooms, then the span
     * covered.
     */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing((Finding f) -> (OfficeFindingType) f.type())
            .thenComparing(f -> f.subjects().agencyId().orElse(""))
            .thenComparing(f -> f.subjects().personId().orElse(""))
            .thenComparing(f -> String.join(";", f.subjects().roomIds()))
            .thenComparing(f -> f.coverage().start());

    /** Audits the register as of a date. */
    public OfficeAuditReport run(OfficeRegister register, LocalDate asOf) {
        Checks.notNull("register", register);
        Checks.notNull("as of", asOf);
        return new Run(register, asOf).report();
    }

    /** One audit run: the indexes of one register. */
    private final class Run {
        private final OfficeRegister register;
        private final LocalDate asOf;
        private final Map<String, Person> persons = new HashMap<>();
        private final Map<String, Entitlement> entitlements = new HashMap<>();
        private final Map<String, List<Room>> roomsByPerson = new HashMap<>();
        private final List<Finding> findings = new ArrayList<>();

        Run(OfficeRegister register, LocalDate asOf) {
            this.register = register;
            this.asOf = asOf;
            for (Person p : register.persons()) {
                persons.put(p.id(), p);
                entitlements.put(p.id(), entitlement(p, register.agencies().get(p.agencyId())));
            }
            for (Room r : register.rooms()) {
                r.occupantIds().forEach(id -> roomsByPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(r));
            }
            roomsByPerson.values().forEach(list -> list.sort(Comparator.comparing(Room::id)));
        }

        OfficeAuditReport report() {
            register.rooms().forEach(this::auditRoom);
            register.persons().forEach(this::auditPerson);
            List<UnitAreaLedger> units = units();
            if (rules.auditsApprovedArea()) {
                // A unit none of whose people is on the register (one that only hosts another unit's
                // approved second office, say) has no approved area to compare with: the register
                // cannot say what it is entitled to, so no verdict is given; its ledger line still shows.
                Set<String> registered = register.persons().stream().map(Person::agencyId).collect(Collectors.toSet());
                units.stream().filter(u -> registered.contains(u.agencyId()))
                        .filter(UnitAreaLedger::isOverApproved).forEach(this::overApproved);
            }
            findings.sort(REPORT_ORDER);
            return new OfficeAuditReport(asOf, findings, units);
        }

        private void auditRoom(Room room) {
            List<String> unknown = room.occupantIds().stream().filter(id -> !persons.containsKey(id)).sorted().toList();
            if (!unknown.isEmpty() && rules.auditsOccupantRegister()) {
                add(OfficeFindingType.UNKNOWN_OCCUPANT, null, room, Coverage.on(asOf),
                        rules.cite("use.register_occupants", "办公用房配备情况应如实登记、报备"),
                        new OfficeEvidence.UnknownOccupant(unknown, room.use(), room.usableArea()));
            }
            if (room.status() == RoomStatus.LEASED_OUT && rules.auditsLeases()) {
                add(OfficeFindingType.LEASED_OUT, null, room, Coverage.on(asOf),
                        rules.cite("use.no_lease", "不得出租、出借或调整给其他单位使用"),
                        new OfficeEvidence.RoomState(room.use(), room.usableArea(), OfficeEvidence.Reason.LEASED_OUT));
            }
            boolean vacantOffice = room.use() == RoomUse.OFFICE && room.status() == RoomStatus.IN_USE
                    && room.occupantIds().isEmpty();
            if ((room.status() == RoomStatus.IDLE || vacantOffice) && rules.auditsIdleRooms()) {
                add(OfficeFindingType.IDLE_ROOM, null, room, Coverage.on(asOf),
                        rules.cite("use.no_idle", "统筹调剂余缺，避免闲置浪费"),
                        new OfficeEvidence.RoomState(room.use(), room.usableArea(), vacantOffice
                                ? OfficeEvidence.Reason.OFFICE_WITHOUT_OCCUPANT : OfficeEvidence.Reason.IDLE));
            }
            if (room.use() == RoomUse.OFFICE && !room.occupantIds().isEmpty() && unknown.isEmpty()) {
                auditOfficeArea(room);
            }
        }

        private void auditOfficeArea(Room room) {
            if (!room.isShared()) {
                String id = room.occupantIds().get(0);
                Entitlement e = entitlements.get(id);
                if (room.usableArea().isGreaterThan(e.area())) {
                    add(OfficeFindingType.OFFICE_OVER_STANDARD, persons.get(id), room, Coverage.on(asOf), e.rule(),
                            new OfficeEvidence.OverStandard(room.usableArea(), e.area(), room.usableArea().minus(e.area()),
                                    e.grade(), e.level(), e.row(), e.notes()));
                }
                return;
            }
            Area sum = Area.ZERO;
            boolean provisional = false;
            List<OfficeEvidence.Share> shares = new ArrayList<>();
            for (String id : room.occupantIds().stream().sorted().toList()) {
                Entitlement e = entitlements.get(id);
                sum = sum.plus(e.area());
                provisional |= e.isProvisional();
                shares.add(new OfficeEvidence.Share(id, e.grade(), e.area()));
            }
            if (room.usableArea().isGreaterThan(sum)) {
                Entitlement first = entitlements.get(shares.get(0).personId());
                Citation rule = new Citation(first.rule().document(), first.rule().number(), first.rule().article(),
                        "合用办公室按各使用人标准之和 " + sum + " m²", provisional);
                add(OfficeFindingType.SHARED_OFFICE_OVER_STANDARD, null, room, Coverage.on(asOf), rule,
                        new OfficeEvidence.SharedOverStandard(room.usableArea(), sum, room.usableArea().minus(sum), shares));
            }
        }

        private void auditPerson(Person p) {
            List<Room> rooms = roomsByPerson.getOrDefault(p.id(), List.of());
            List<Room> offices = rooms.stream().filter(r -> r.use() == RoomUse.OFFICE).toList();
            if (offices.size() > 1) {
                multipleOffices(p, offices).ifPresent(findings::add);
            }
            if (p.status() != PersonStatus.ACTIVE) {
                LocalDate deadline = p.statusSince().plusMonths(rules.vacateMonths());
                if (asOf.isAfter(deadline)) {
                    for (Room r : rooms) {
                        add(OfficeFindingType.NOT_VACATED, p, r, Coverage.days(deadline.plusDays(1), asOf),
                                rules.cite("vacate.months", "调离或者退休手续后 " + rules.vacateMonths() + " 个月内收回办公用房"),
                                new OfficeEvidence.NotVacated(p.status(), p.statusSince(), rules.vacateMonths(), deadline,
                                        asOf, r.usableArea()));
                    }
                }
            }
        }

        private Optional<Finding> multipleOffices(Person p, List<Room> offices) {
            Entitlement e = entitlements.get(p.id());
            String main = p.agencyId();
            String second = p.approvedSecondOfficeAgency().filter(a -> !a.equals(main)).orElse(null);
            Predicate<Room> inMain = r -> r.agencyId().equals(main);
            Predicate<Room> inSecond = r -> r.agencyId().equals(second);
            int mainCount = (int) offices.stream().filter(inMain).count();
            List<Room> seconds = offices.stream().filter(inSecond).toList();
            int others = offices.size() - mainCount - seconds.size();
            List<String> notSmaller = new ArrayList<>();
            for (Room r : seconds) {
                if (rules.secondOfficeSmallerThanStandard() && share(r).compareTo(e.area()) >= 0) {
                    notSmaller.add(r.id());
                }
            }
            if (mainCount <= rules.officesPerPerson() && others == 0 && seconds.size() <= rules.secondOfficeMax()
                    && notSmaller.isEmpty()) {
                return Optional.empty();
            }
            List<OfficeEvidence.Office> held = offices.stream()
                    .map(r -> new OfficeEvidence.Office(r.id(), r.agencyId(), r.usableArea())).toList();
            Subjects subjects = Subjects.none().withPerson(p.id(), p.name())
                    .withRooms(offices.stream().map(Room::id).toList()).withAgency(main);
            return Optional.of(new Finding(OfficeFindingType.MULTIPLE_OFFICES, subjects, Coverage.on(asOf),
                    rules.cite("office.per_person", "在主要任职单位安排 " + rules.officesPerPerson()
                            + " 处；兼职单位经批准可再安排 " + rules.secondOfficeMax() + " 处小于标准面积的办公用房"),
                    new OfficeEvidence.MultipleOffices(held, main, mainCount, rules.officesPerPerson(), second,
                            seconds.size(), rules.secondOfficeMax(), others, notSmaller, e.area(),
                            rules.secondOfficeVacateMonths())));
        }

        private Area share(Room r) {
            return Area.of(r.usableArea().squareMetres().divide(BigDecimal.valueOf(r.occupantIds().size()), 2,
                    RoundingMode.CEILING));
        }

        private List<UnitAreaLedger> units() {
            TreeSet<String> ids = new TreeSet<>(register.agencies().keySet());
            register.rooms().forEach(r -> ids.add(r.agencyId()));
            List<UnitAreaLedger> units = new ArrayList<>();
            for (String id : ids) {
                units.add(ledger(id));
            }
            return units;
        }

        private UnitAreaLedger ledger(String agencyId) {
            Map<RoomUse, Area> byUse = new EnumMap<>(RoomUse.class);
            Map<BuildingStructure, Area> byStructure = new EnumMap<>(BuildingStructure.class);
            for (RoomUse u : RoomUse.values()) {
                byUse.put(u, Area.ZERO);
            }
            for (Room r : register.rooms()) {
                if (r.agencyId().equals(agencyId)) {
                    byUse.merge(r.use(), r.usableArea(), Area::plus);
                    if (r.use() == RoomUse.OFFICE || r.use() == RoomUse.SERVICE) {
                        byStructure.merge(register.structureOf(r.buildingId()), r.usableArea(), Area::plus);
                    }
                }
            }
            List<Entitlement> staff = register.persons().stream()
                    .filter(p -> p.agencyId().equals(agencyId) && p.status() == PersonStatus.ACTIVE)
                    .sorted(Comparator.comparing(Person::id)).map(p -> entitlements.get(p.id())).toList();
            Agency agency = register.agencies().get(agencyId);
            ApprovedArea approved = standard.approvedArea(agencyId, agency == null ? null : agency.tableLevel(), staff,
                    byUse.get(RoomUse.ANCILLARY), mainStructure(byStructure));
            return new UnitAreaLedger(approved, byUse.get(RoomUse.OFFICE), byUse.get(RoomUse.SERVICE),
                    byUse.get(RoomUse.EQUIPMENT), byUse.get(RoomUse.ANCILLARY));
        }

        private BuildingStructure mainStructure(Map<BuildingStructure, Area> byStructure) {
            Area high = byStructure.getOrDefault(BuildingStructure.HIGH_RISE, Area.ZERO);
            Area multi = byStructure.getOrDefault(BuildingStructure.MULTI_STOREY, Area.ZERO);
            return high.isGreaterThan(multi) ? BuildingStructure.HIGH_RISE : BuildingStructure.MULTI_STOREY;
        }

        private void overApproved(UnitAreaLedger u) {
            ApprovedArea a = u.approved();
            findings.add(new Finding(OfficeFindingType.UNIT_OVER_APPROVED_AREA, Subjects.none().withAgency(a.agencyId()),
                    Coverage.on(asOf), rules.cite("use.within_approved_area", "在核定面积内使用：办公室与服务用房 "
                            + a.officeAndService() + " m²"),
                    new OfficeEvidence.UnitOverApproved(u.office(), u.service(), u.officeAndService(), a,
                            u.officeAndService().minus(a.officeAndService()))));
        }

        /** A finding about a room, and about a person when {@code person} is not null. */
        private void add(OfficeFindingType type, Person person, Room room, Coverage coverage, Citation rule,
                         Evidence evidence) {
            Subjects s = Subjects.none();
            if (person != null) {
                s = s.withPerson(person.id(), person.name());
            } else if (type == OfficeFindingType.SHARED_OFFICE_OVER_STANDARD) {
                s = s.withPerson(room.occupantIds().stream().sorted().findFirst().orElseThrow(), null);
            }
            s = s.withRooms(List.of(room.id())).withAgency(room.agencyId()).withBuilding(room.buildingId());
            findings.add(new Finding(type, s, coverage, rule, evidence));
        }
    }
}
