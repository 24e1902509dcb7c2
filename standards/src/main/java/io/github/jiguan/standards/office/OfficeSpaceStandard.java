package io.github.jiguan.standards.office;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.BuildingStructure;
import io.github.jiguan.core.org.AdministrativeLevel;
import io.github.jiguan.core.org.Agency;
import io.github.jiguan.core.org.AgencyRank;
import io.github.jiguan.core.org.AgencyType;
import io.github.jiguan.core.org.Grade;
import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.standards.source.StandardData;
import io.github.jiguan.standards.source.StandardData.Value;
import io.github.jiguan.standards.source.Standard;
import io.github.jiguan.standards.source.StandardDocument;
import io.github.jiguan.standards.source.StandardSet;
import io.github.jiguan.standards.source.StandardFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 《党政机关办公用房建设标准》(发改投资〔2014〕2674号) as data: Table 1 of office usable area per
 * person with its notes, the service-room figures per person, and the coefficients of the building
 * area formula S = [A + B + (A+B)×9%] / K + C.
 *
 * <p>The lookup is total: every (level, grade) has a figure. A grade marked · in a level's row
 * takes the same grade's figure from the nearest higher level's row, and the entitlement says so.
 * Loading rejects a table that would break this: a · in the central row, a township figure above
 * its cap (县级副职), or a row where a more senior grade gets less than a junior one.
 *
 * <p>Immutable and thread-safe.
 */
public final class OfficeSpaceStandard implements Standard {

    /** The id of the standard, which an override names in {@code document.overrides}. */
    public static final String ID = "office-construction-2014";

    /** How a {@link StandardSet} builds this standard. */
    public static final Standard.Kind<OfficeSpaceStandard> KIND = Standard.Kind.of(ID, OfficeSpaceStandard.class, OfficeSpaceStandard::national,
            OfficeSpaceStandard::withOverrides);

    /** The shipped resource. */
    public static final String RESOURCE = "office-construction-2014.csv";

    private static final BigDecimal ONE = BigDecimal.ONE;

    private final StandardData data;
    private final Map<AdministrativeLevel, Map<Grade, Value>> cells = new EnumMap<>(AdministrativeLevel.class);
    private final Map<AdministrativeLevel, Map<Grade, Entitlement>> table = new EnumMap<>(AdministrativeLevel.class);
    private final Value oneLevelUp;
    private final Set<AgencyRank> oneLevelUpRanks;
    private final Value approvedLevel;
    private final Set<AgencyType> approvedLevelTypes;
    private final Value restRoom;
    private final Value toiletMax;
    private final Value toiletGrades;
    private final Set<String> toiletCells = new HashSet<>();
    private final Map<AdministrativeLevel, Value> service = new EnumMap<>(AdministrativeLevel.class);
    private final Value equipmentShare;
    private final Map<BuildingStructure, Value> coefficients = new EnumMap<>(BuildingStructure.class);

    private OfficeSpaceStandard(StandardData data) {
        this.data = data.requireKnownKeys(OfficeSpaceStandard::isKey,
                "office.<LEVEL>.<GRADE>, office.TOWNSHIP.cap, note.*, service.<LEVEL>, formula.*");
        readCells();
        checkTownshipCap();
        for (AdministrativeLevel level : AdministrativeLevel.values()) {
            Map<Grade, Entitlement> row = new EnumMap<>(Grade.class);
            for (Grade grade : Grade.values()) {
                row.put(grade, resolve(level, grade));
            }
            table.put(level, row);
        }
        checkMonotone();
        oneLevelUp = data.require("note.one_level_up");
        oneLevelUpRanks = EnumSet.noneOf(AgencyRank.class);
        oneLevelUpRanks.addAll(oneLevelUp.list("a list of agency ranks", AgencyRank::parse));
        approvedLevel = data.require("note.approved_level");
        approvedLevelTypes = EnumSet.noneOf(AgencyType.class);
        approvedLevelTypes.addAll(approvedLevel.list("a list of agency types", AgencyType::parse));
        restRoom = data.require("note.rest_room");
        restRoom.flag();
        toiletMax = data.require("note.toilet.max_m2");
        toiletMax.area();
        toiletGrades = data.require("note.toilet.grades");
        toiletCells.addAll(toiletGrades.list("a list of LEVEL.GRADE cells (* for any level)", OfficeSpaceStandard::cell));
        for (AdministrativeLevel level : AdministrativeLevel.values()) {
            Value v = data.require("service." + level.name());
            v.area();
            service.put(level, v);
        }
        equipmentShare = data.require("formula.equipment_share");
        equipmentShare.decimal(BigDecimal.ZERO, ONE);
        for (BuildingStructure s : BuildingStructure.values()) {
            Value v = data.require("formula.k." + s.name());
            if (v.decimal(BigDecimal.ZERO, ONE).signum() == 0) {
                throw v.error("must be a coefficient in (0, 1]");
            }
            coefficients.put(s, v);
        }
    }

    /** The national standard as shipped. */
    public static OfficeSpaceStandard national() {
        return of(StandardFile.resource(RESOURCE), List.of());
    }

    /**
     * The standard from a national file and a province's overrides (later ones win).
     *
     * @throws io.github.jiguan.standards.source.StandardFormatException when a file is malformed or
     *         the merged table is incomplete or inconsistent
     */
    public static OfficeSpaceStandard of(StandardFile national, List<StandardFile> overrides) {
        return new OfficeSpaceStandard(StandardData.of(national, overrides));
    }

    /** The national standard with a province's overrides applied. */
    public static OfficeSpaceStandard withOverrides(List<StandardFile> overrides) {
        return of(StandardFile.resource(RESOURCE), overrides);
    }

    /** The documents in force: the national standard, then the overrides. */
    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<StandardDocument> documents() {
        return data.documents();
    }

    /**
     * The figure of Table 1 for a grade in a level's row, or, for a grade marked · in that row,
     * the same grade's figure in the nearest higher level's row.
     */
    public Entitlement lookup(AdministrativeLevel level, Grade grade) {
        return table.get(level).get(grade);
    }

    /**
     * A person's entitlement in an agency, following the notes of Table 1: a dispatched body or
     * public institution uses the level named in its approval (注2); a deputy-ministerial unit or
     * sub-provincial city uses the row one level up (注1); a leader's rest room and, for the grades
     * of 注4, a toilet of at most 6 m² are inside the figure (注3, 注4).
     */
    public Entitlement entitlement(Agency agency, Grade grade) {
        List<Citation> before = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        AdministrativeLevel level = agency.level();
        if (approvedLevelTypes.contains(agency.type())) {
            level = agency.approvedLevel();
            String why = agency.type().chineseName() + "按批准文件所定级别（" + level.chineseName() + "）执行";
            before.add(approvedLevel.cite(why));
            reasons.add(why + "（" + approvedLevel.entry().article() + "）");
        }
        AdministrativeLevel tableLevel = level;
        if (oneLevelUpRanks.contains(agency.rank())) {
            Optional<AdministrativeLevel> up = level.higher();
            String why = up.map(u -> agency.rank().chineseName() + "按上一级（" + u.chineseName() + "）行执行")
                    .orElse(agency.rank().chineseName() + "已在最高一级（" + level.chineseName() + "）行");
            level = up.orElse(level);
            before.add(oneLevelUp.cite(why));
            reasons.add(why + "（" + oneLevelUp.entry().article() + "）");
        }
        List<Citation> after = new ArrayList<>();
        List<String> afterReasons = new ArrayList<>();
        if (grade != Grade.STAFF && restRoom.flag()) {
            after.add(restRoom.cite("领导人员休息室计入办公室使用面积"));
            afterReasons.add("休息室计入上述面积（" + restRoom.entry().article() + "）");
        }
        toiletAllowance(tableLevel, grade).ifPresent(max -> {
            after.add(toiletMax.cite("卫生间不超过 " + max + " m²，计入办公室使用面积"));
            afterReasons.add("可配不超过 " + max + " m² 的卫生间，计入上述面积（" + toiletMax.entry().article() + "）");
        });
        return lookup(level, grade).afterNotes(before, reasons, after, afterReasons);
    }

    /** The toilet of at most 6 m² that 注4 allows inside the office of this grade at this level, if any. */
    public Optional<Area> toiletAllowance(AdministrativeLevel level, Grade grade) {
        boolean allowed = toiletCells.contains(level.name() + "." + grade.name())
                || toiletCells.contains("*." + grade.name());
        return allowed ? Optional.of(toiletMax.area()) : Optional.empty();
    }

    /** The service-room area per person at a level, and its citation. */
    public Value serviceAreaPerPerson(AdministrativeLevel level) {
        return service.get(level);
    }

    /**
     * The approved area of a unit (核定面积) with every term of the formula.
     *
     * @param agencyId  the unit
     * @param level     the level whose service-room figure applies; may be null only when {@code staff} is empty
     * @param staff     the entitlements of the unit's staff (编制定员 on the register)
     * @param ancillary the ancillary rooms' area C
     * @param structure multi-storey or high-rise, which sets K
     */
    public ApprovedArea approvedArea(String agencyId, AdministrativeLevel level, List<Entitlement> staff,
                                     Area ancillary, BuildingStructure structure) {
        if (level == null && !staff.isEmpty()) {
            throw new InvalidValueException("level", "is required for a unit with staff", null);
        }
        Area offices = staff.stream().map(Entitlement::area).reduce(Area.ZERO, Area::plus);
        Value perPerson = level == null ? service.get(AdministrativeLevel.TOWNSHIP) : service.get(level);
        Area services = perPerson.area().times(staff.size());
        Value k = coefficients.get(structure);
        return new ApprovedArea(agencyId, level, staff.size(), offices, perPerson.area(), services,
                equipmentShare.decimal(BigDecimal.ZERO, ONE), ancillary, structure, k.decimal(BigDecimal.ZERO, ONE),
                List.of(perPerson.cite((level == null ? "" : level.chineseName() + "机关") + "服务用房人均 "
                                + perPerson.area() + " m²"),
                        equipmentShare.cite("设备用房 = (A+B) × " + equipmentShare.text()),
                        k.cite("K = " + k.text() + "（" + (structure == BuildingStructure.HIGH_RISE ? "高层" : "多层") + "）")));
    }

    private static boolean isKey(String key) {
        if (key.startsWith("office.")) {
            return key.equals("office.TOWNSHIP.cap") || parseCell(key.substring("office.".length())) != null;
        }
        if (key.startsWith("service.")) {
            return levelOrNull(key.substring("service.".length())) != null;
        }
        if (key.startsWith("formula.k.")) {
            String s = key.substring("formula.k.".length());
            return s.equals("MULTI_STOREY") || s.equals("HIGH_RISE");
        }
        return Set.of("note.one_level_up", "note.approved_level", "note.rest_room", "note.toilet.max_m2",
                "note.toilet.grades", "formula.equipment_share").contains(key);
    }

    private void readCells() {
        for (AdministrativeLevel level : AdministrativeLevel.values()) {
            Map<Grade, Value> row = new EnumMap<>(Grade.class);
            for (Grade grade : Grade.values()) {
                Value v = data.require(cellKey(level, grade));
                if (v.isNotInTable()) {
                    if (level == AdministrativeLevel.CENTRAL) {
                        throw v.error("must be a figure: the central row is the top of the table, so every grade needs one");
                    }
                } else {
                    v.area();
                }
                row.put(grade, v);
            }
            cells.put(level, row);
        }
    }

    private void checkTownshipCap() {
        Value cap = data.require("office.TOWNSHIP.cap");
        String[] parts = parseCell(cap.text());
        if (parts == null) {
            throw cap.error("must name a cell as LEVEL.GRADE, such as COUNTY.CDD");
        }
        Value capCell = cells.get(AdministrativeLevel.parse(parts[0])).get(Grade.parse(parts[1]));
        if (capCell.isNotInTable()) {
            throw cap.error("must name a cell with a figure");
        }
        for (Value v : cells.get(AdministrativeLevel.TOWNSHIP).values()) {
            if (!v.isNotInTable() && v.area().isGreaterThan(capCell.area())) {
                throw v.error("exceeds the township cap of " + capCell.area() + " m² (" + cap.text()
                        + ", " + cap.entry().article() + "): a township figure may not be above it");
            }
        }
    }

    private Entitlement resolve(AdministrativeLevel level, Grade grade) {
        AdministrativeLevel row = level;
        while (cells.get(row).get(grade).isNotInTable()) {
            row = row.higher().orElseThrow();
        }
        Value v = cells.get(row).get(grade);
        String figure = describe(v, row, grade) + " " + v.area() + " m²";
        String explanation = row == level ? figure + "（" + v.entry().article() + "）"
                : level.chineseName() + "行无" + grade.chineseName() + "标准，取上一级（" + row.chineseName()
                        + "）行：" + figure + "（" + v.entry().article() + "）";
        return new Entitlement(grade, level, row, v.area(), v.cite(figure), List.of(), explanation);
    }

    private void checkMonotone() {
        for (AdministrativeLevel level : AdministrativeLevel.values()) {
            Grade[] grades = Grade.values();
            for (int i = 1; i < grades.length; i++) {
                Entitlement senior = table.get(level).get(grades[i - 1]);
                Entitlement junior = table.get(level).get(grades[i]);
                if (junior.area().isGreaterThan(senior.area())) {
                    Value v = cells.get(junior.row()).get(grades[i]);
                    throw v.error("gives " + level + "/" + grades[i].abbreviation() + " " + junior.area()
                            + " m², more than the " + senior.area() + " m² of the more senior grade "
                            + grades[i - 1].abbreviation() + " at the same level: a higher grade never gets less");
                }
            }
        }
    }

    private static String describe(Value v, AdministrativeLevel row, Grade grade) {
        String note = v.entry().note();
        return note.isEmpty() ? row.chineseName() + "机关 " + grade.chineseName() : note;
    }

    static String cellKey(AdministrativeLevel level, Grade grade) {
        return "office." + level.name() + "." + grade.abbreviation();
    }

    private static String cell(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 2 || !(parts[0].equals("*") || levelOrNull(parts[0]) != null)) {
            throw new InvalidValueException("cell", "must be LEVEL.GRADE or *.GRADE", text);
        }
        return parts[0] + "." + Grade.parse(parts[1]).name();
    }

    private static String[] parseCell(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 2 || levelOrNull(parts[0]) == null) {
            return null;
        }
        for (Grade g : Grade.values()) {
            if (g.abbreviation().equals(parts[1])) {
                return parts;
            }
        }
        return null;
    }

    private static AdministrativeLevel levelOrNull(String name) {
        for (AdministrativeLevel l : AdministrativeLevel.values()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return null;
    }
}
