package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.Cells;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.AuctionResult;
import io.github.jiguan.core.office.BuildingRecord;
import io.github.jiguan.core.office.BuildingUse;
import io.github.jiguan.core.office.Compound;
import io.github.jiguan.core.office.DocumentKind;
import io.github.jiguan.core.office.DocumentRecord;
import io.github.jiguan.core.office.EnergyUse;
import io.github.jiguan.core.office.Lease;
import io.github.jiguan.core.office.LeaseDirection;
import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.core.office.OwnershipStatus;
import io.github.jiguan.core.office.Repair;
import io.github.jiguan.core.office.RepairKind;
import io.github.jiguan.core.office.RoomRecord;
import io.github.jiguan.core.office.SafetyAppraisal;
import io.github.jiguan.core.office.SafetyGrade;
import io.github.jiguan.core.office.Title;
import io.github.jiguan.core.office.UnitRecord;
import io.github.jiguan.standards.office.OfficeRegisterCsv;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the office-space ledger from its CSV files (docs/office-ledger.md): units.csv,
 * buildings.csv, rooms.csv (the format of the office audit, with optional {@code floor},
 * {@code idle_since} and {@code idle_reason} columns, so an existing rooms.csv still reads),
 * documents.csv, leases.csv, repairs.csv, energy.csv, and a unit's own room ledger in the format
 * of rooms.csv for the 账账相符 comparison.
 *
 * <pre>{@code
 * LedgerCsv csv = new LedgerCsv(LedgerRules.national(), log);
 * csv.readBuildings(CsvReader.open(dir.resolve("buildings.csv")));
 * csv.readRooms(CsvReader.open(dir.resolve("rooms.csv")));
 * OfficeLedger ledger = csv.ledger();
 * }</pre>
 *
 * A bad row goes to the {@link ImportLog} with file, line, column, text and reason; the same id
 * twice is a repeat. One instance reads one ledger; not thread-safe.
 */
public final class LedgerCsv {

    /** The required columns of units.csv. */
    public static final List<String> UNIT_COLUMNS = List.of("agency_id", "name", "county", "approved_area_m2", "persons");
    /** The required columns of buildings.csv. */
    public static final List<String> BUILDING_COLUMNS = List.of("building_id", "name", "compound_id", "county", "use",
            "gross_area_m2", "structure", "built_year", "ownership");
    /** The required columns of rooms.csv, as the office audit reads it. */
    public static final List<String> ROOM_COLUMNS = OfficeRegisterCsv.ROOM_COLUMNS;
    /** The required columns of documents.csv. */
    public static final List<String> DOCUMENT_COLUMNS = List.of("document_id", "kind", "agency_id", "building_id",
            "number", "issued_on");
    /** The required columns of leases.csv. */
    public static final List<String> LEASE_COLUMNS = List.of("lease_id", "direction", "agency_id", "building_id",
            "area_m2", "start", "end", "annual_rent_yuan", "approval_number");
    /** The required columns of repairs.csv. */
    public static final List<String> REPAIR_COLUMNS = List.of("repair_id", "building_id", "kind", "started_on",
            "cost_yuan", "approval_number");
    /** The required columns of energy.csv. */
    public static final List<String> ENERGY_COLUMNS = List.of("agency_id", "building_id", "year", "persons",
            "floor_area_m2", "carrier", "quantity");

    /** The carrier code of water, which energy.csv reports in tonnes and which is not converted to coal. */
    public static final String WATER = "WATER";

    private final ImportLog log;
    private final Map<String, Compound> compounds = new LinkedHashMap<>();
    private final Map<String, BuildingRecord> buildings = new LinkedHashMap<>();
    private final Map<String, UnitRecord> units = new LinkedHashMap<>();
    private final Map<String, RoomRecord> rooms = new LinkedHashMap<>();
    private final Map<String, RoomRecord> unitRooms = new LinkedHashMap<>();
    private final Map<String, DocumentRecord> documents = new LinkedHashMap<>();
    private final Map<String, Lease> leases = new LinkedHashMap<>();
    private final Map<String, Repair> repairs = new LinkedHashMap<>();
    private final Map<String, EnergyUse> energy = new LinkedHashMap<>();
    private final Map<String, EnergyUse> energyGroups = new HashMap<>();
    private final Map<String, Long> lines = new HashMap<>();
    private final Set<String> carriers;

    /**
     * A reader of one ledger.
     *
     * @param rules the rules, whose conversion table names the energy carriers accepted
     * @param log   where bad rows go
     */
    public LedgerCsv(LedgerRules rules, ImportLog log) {
        Checks.notNull("rules", rules);
        this.log = Checks.notNull("log", log);
        Set<String> known = new java.util.LinkedHashSet<>(rules.carriers());
        known.add(WATER);
        this.carriers = java.util.Collections.unmodifiableSet(known);
    }

    /** Reads units.csv. @throws CsvFormatException when a required column is missing, or in strict mode at a bad row */
    public LedgerCsv readUnits(CsvReader in) {
        log.read(in, UNIT_COLUMNS, r -> put(units, "unit", r, "agency_id", unit(r)));
        return this;
    }

    /** Reads buildings.csv. @throws CsvFormatException when a required column is missing, or in strict mode at a bad row */
    public LedgerCsv readBuildings(CsvReader in) {
        log.read(in, BUILDING_COLUMNS, this::building);
        return this;
    }

    /** Reads the bureau's rooms.csv. @throws CsvFormatException when a required column is missing, or in strict mode at a bad row */
    public LedgerCsv readRooms(CsvReader in) {
        log.read(in, ROOM_COLUMNS, r -> put(rooms, "room", r, "room_id", room(r)));
        return this;
    }

    /**
     * Reads the units' own room ledger, in the format of rooms.csv, for the 账账相符 comparison.
     *
     * @throws CsvFormatException when a required column is missing, or in strict mode at a bad row
     */
    public LedgerCsv readUnitRooms(CsvReader in) {
        log.read(in, ROOM_COLUMNS, r -> put(unitRooms, "unit room", r, "room_id", room(r)));
        return this;
    }

    /** Reads documents.csv. @throws CsvFormatException when a required column is missing, or in strict mode at a bad row */
    public LedgerCsv readDocuments(CsvReader in) {
        log.read(in, DOCUMENT_COLUMNS, r -> put(documents, "document", r, "document_id", document(r)));
        return this;
    }

    /** Reads leases.csv. @throws CsvFormatException when a required column is missing, or in strict mode at a bad row */
    public LedgerCsv readLeases(CsvReader in) {
        log.read(in, LEASE_COLUMNS, r -> put(leases, "lease", r, "lease_id", lease(r)));
        return this;
    }

    /** Reads repairs.csv. @throws CsvFormatException when a required column is missing, or in strict mode at a bad row */
    public LedgerCsv readRepairs(CsvReader in) {
        log.read(in, REPAIR_COLUMNS, r -> put(repairs, "repair", r, "repair_id", repair(r)));
        return this;
    }

    /** Reads energy.csv. @throws CsvFormatException when a required column is missing, or in strict mode at a bad row */
    public LedgerCsv readEnergy(CsvReader in) {
        log.read(in, ENERGY_COLUMNS, this::energy);
        return this;
    }

    /** The bureau's ledger of the rows accepted so far. */
    public OfficeLedger ledger() {
        return new OfficeLedger(compounds, buildings, units, List.copyOf(rooms.values()),
                List.copyOf(documents.values()), List.copyOf(leases.values()), List.copyOf(repairs.values()),
                List.copyOf(energy.values()));
    }

    /** The units' own room ledger accepted so far; empty when none was read. */
    public List<RoomRecord> unitRooms() {
        return List.copyOf(unitRooms.values());
    }

    private <T> T put(Map<String, T> target, String kind, CsvRow r, String column, T value) {
        String id = r.text(column);
        Long first = lines.putIfAbsent(kind + "\u0000" + id, r.line());
        if (first != null) {
            throw r.repeat(column, first);
        }
        target.put(id, value);
        return value;
    }

    private static UnitRecord unit(CsvRow r) {
        return new UnitRecord(r.required("agency_id", t -> Checks.id("agency_id", t)), r.required("name", t -> t),
                r.required("county", t -> t), r.required("approved_area_m2", Area::of),
                r.required("persons", t -> Cells.integer("persons", t)));
    }

    private BuildingRecord building(CsvRow r) {
        String compoundId = r.required("compound_id", t -> Checks.id("compound_id", t));
        String county = r.required("county", t -> t);
        String compoundName = r.text("compound_name").isEmpty() ? compoundId : r.text("compound_name");
        OwnershipStatus status = r.required("ownership", OwnershipStatus::parse);
        Title title = new Title(status, r.text("ownership_reason"), r.text("holder"), r.text("certificate_number"),
                r.optional("certificate_area_m2", Area::of).orElse(null),
                r.optional("registered_on", t -> Cells.date("registered_on", t)).orElse(null),
                r.optional("surveyed_on", t -> Cells.date("surveyed_on", t)).orElse(null));
        SafetyGrade grade = r.optional("safety_grade", SafetyGrade::parse).orElse(null);
        LocalDate appraised = r.optional("appraised_on", t -> Cells.date("appraised_on", t)).orElse(null);
        if ((grade == null) != (appraised == null)) {
            throw r.invalid(grade == null ? "safety_grade" : "appraised_on",
                    "is required when " + (grade == null ? "appraised_on" : "safety_grade") + " is given");
        }
        BuildingRecord b = new BuildingRecord(r.required("building_id", t -> Checks.id("building_id", t)),
                r.required("name", t -> t), compoundId, r.required("use", BuildingUse::parse),
                r.required("gross_area_m2", Area::of), r.required("structure", OfficeRegisterCsv::structure),
                r.required("built_year", t -> Cells.integer("built_year", t)), title,
                grade == null ? null : new SafetyAppraisal(grade, appraised));
        Compound compound = new Compound(compoundId, compoundName, county);
        Compound known = compounds.get(compoundId);
        if (known != null && !known.county().equals(county)) {
            throw r.invalid("county", "contradicts " + known.county() + " given earlier for compound " + compoundId);
        }
        put(buildings, "building", r, "building_id", b);
        compounds.putIfAbsent(compoundId, compound);
        return b;
    }

    private static RoomRecord room(CsvRow r) {
        return new RoomRecord(OfficeRegisterCsv.parseRoom(r), r.text("floor"),
                r.optional("idle_since", t -> Cells.date("idle_since", t)).orElse(null), r.text("idle_reason"));
    }

    private static DocumentRecord document(CsvRow r) {
        if (r.text("agency_id").isEmpty() && r.text("building_id").isEmpty()) {
            throw r.invalid("agency_id", "or building_id is required: a document concerns a unit or a property");
        }
        return new DocumentRecord(r.required("document_id", t -> Checks.id("document_id", t)),
                r.required("kind", DocumentKind::parse), r.text("agency_id"), r.text("building_id"), r.text("number"),
                r.required("issued_on", t -> Cells.date("issued_on", t)),
                r.optional("valid_until", t -> Cells.date("valid_until", t)).orElse(null));
    }

    private static Lease lease(CsvRow r) {
        List<String> roomIds = Arrays.stream(r.text("room_ids").split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        LocalDate start = r.required("start", t -> Cells.date("start", t));
        LocalDate end = r.required("end", t -> Cells.date("end", t));
        if (end.isBefore(start)) {
            throw r.invalid("end", "must not be before start " + start);
        }
        return new Lease(r.required("lease_id", t -> Checks.id("lease_id", t)),
                r.required("direction", LeaseDirection::parse), r.required("agency_id", t -> Checks.id("agency_id", t)),
                r.required("building_id", t -> Checks.id("building_id", t)), roomIds, r.required("area_m2", Area::of),
                r.text("counterparty"), start, end, r.required("annual_rent_yuan", t -> yuan("annual_rent_yuan", t)),
                r.text("approval_number"), r.optional("vacated_on", t -> Cells.date("vacated_on", t)).orElse(null),
                r.text("auction_lot"), r.optional("auction_result", AuctionResult::parse).orElse(null),
                r.text("district"), r.optional("technical", t -> Cells.flag("technical", t)).orElse(false));
    }

    private static Repair repair(CsvRow r) {
        return new Repair(r.required("repair_id", t -> Checks.id("repair_id", t)),
                r.required("building_id", t -> Checks.id("building_id", t)), r.text("agency_id"),
                r.required("kind", RepairKind::parse), r.required("started_on", t -> Cells.date("started_on", t)),
                r.required("cost_yuan", t -> yuan("cost_yuan", t)), r.text("approval_number"),
                r.optional("annual_saving_yuan", t -> yuan("annual_saving_yuan", t)).orElse(null));
    }

    private EnergyUse energy(CsvRow r) {
        Set<String> known = carriers;
        Function<String, String> carrier = t -> {
            String c = t.strip().toUpperCase(java.util.Locale.ROOT);
            if (!known.contains(c)) {
                throw new InvalidValueException("carrier", "must be one of " + known, t);
            }
            return c;
        };
        EnergyUse e = new EnergyUse(r.required("agency_id", t -> Checks.id("agency_id", t)), r.text("building_id"),
                r.required("year", t -> Cells.integer("year", t)), r.required("persons", t -> Cells.integer("persons", t)),
                r.required("floor_area_m2", Area::of), r.required("carrier", carrier),
                r.required("quantity", t -> Checks.nonNegative("quantity", Cells.decimal("quantity", t))));
        String group = e.agencyId() + "\u0000" + e.buildingId() + "\u0000" + e.year();
        String key = group + "\u0000" + e.carrier();
        EnergyUse same = energyGroups.get(group);
        if (same != null && same.persons() != e.persons()) {
            throw r.invalid("persons", "contradicts " + same.persons() + " given earlier for " + e.agencyId() + " "
                    + e.buildingId() + " " + e.year());
        }
        if (same != null && !same.floorArea().equals(e.floorArea())) {
            throw r.invalid("floor_area_m2", "contradicts " + same.floorArea() + " given earlier for " + e.agencyId()
                    + " " + e.buildingId() + " " + e.year());
        }
        Long first = lines.putIfAbsent("energy\u0000" + key, r.line());
        if (first != null) {
            throw r.repeat("carrier", first);
        }
        energyGroups.putIfAbsent(group, e);
        energy.put(key, e);
        return e;
    }

    private static BigDecimal yuan(String field, String text) {
        BigDecimal d = Checks.nonNegative(field, Cells.decimal(field, text));
        if (d.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException(field, "must have at most 2 decimal places", text);
        }
        return d;
    }

    /** Rows accepted so far, by kind (units, buildings, rooms, unit rooms, documents, leases, repairs, energy). */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("units", units.size());
        m.put("buildings", buildings.size());
        m.put("rooms", rooms.size());
        m.put("unit rooms", unitRooms.size());
        m.put("documents", documents.size());
        m.put("leases", leases.size());
        m.put("repairs", repairs.size());
        m.put("energy", energy.size());
        return m;
    }
}
