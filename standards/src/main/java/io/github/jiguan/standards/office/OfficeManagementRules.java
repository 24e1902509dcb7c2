package io.github.jiguan.standards.office;

import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.standards.source.StandardData;
import io.github.jiguan.standards.source.StandardData.Value;
import io.github.jiguan.standards.source.Standard;
import io.github.jiguan.standards.source.StandardDocument;
import io.github.jiguan.standards.source.StandardSet;
import io.github.jiguan.standards.source.StandardFile;
import java.util.List;
import java.util.Set;

/**
 * 《党政机关办公用房管理办法》(2017) as data: one office per person in the main unit; one approved
 * second office for a concurrent post, smaller than the standard, vacated within 2 months of
 * leaving that post; the office of a transferred or retired official taken back within 1 month;
 * use within the approved area; no letting or lending; no idle rooms.
 *
 * <p>Immutable and thread-safe.
 */
public final class OfficeManagementRules implements Standard {

    /** The id of the standard, which an override names in {@code document.overrides}. */
    public static final String ID = "office-management-2017";

    /** How a {@link StandardSet} builds this standard. */
    public static final Standard.Kind<OfficeManagementRules> KIND = Standard.Kind.of(ID, OfficeManagementRules.class, OfficeManagementRules::national,
            OfficeManagementRules::withOverrides);

    /** The shipped resource. */
    public static final String RESOURCE = "office-management-2017.csv";

    private static final Set<String> KEYS = Set.of("office.per_person", "second_office.max",
            "second_office.smaller_than_standard", "second_office.vacate_months", "vacate.months",
            "use.within_approved_area", "use.no_lease", "use.no_idle", "use.register_occupants");

    private final StandardData data;

    private OfficeManagementRules(StandardData data) {
        this.data = data.requireKnownKeys(KEYS::contains, KEYS.toString());
        officesPerPerson();
        secondOfficeMax();
        secondOfficeSmallerThanStandard();
        secondOfficeVacateMonths();
        vacateMonths();
        KEYS.stream().filter(k -> k.startsWith("use.")).forEach(k -> data.require(k).flag());
    }

    /** The national rules as shipped. */
    public static OfficeManagementRules national() {
        return of(StandardFile.resource(RESOURCE), List.of());
    }

    /** The rules from a national file and a province's overrides (later ones win). */
    public static OfficeManagementRules of(StandardFile national, List<StandardFile> overrides) {
        return new OfficeManagementRules(StandardData.of(national, overrides));
    }

    /** The national rules with a province's overrides applied. */
    public static OfficeManagementRules withOverrides(List<StandardFile> overrides) {
        return of(StandardFile.resource(RESOURCE), overrides);
    }

    /** The documents in force. */
    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<StandardDocument> documents() {
        return data.documents();
    }

    /** Offices a person may hold in the main unit: 1. */
    public int officesPerPerson() {
        return data.require("office.per_person").wholeNumber(1, 9);
    }

    /** Second offices a person may hold for concurrent posts: 1. */
    public int secondOfficeMax() {
        return data.require("second_office.max").wholeNumber(0, 9);
    }

    /** Whether a second office must be smaller than the standard (strictly). */
    public boolean secondOfficeSmallerThanStandard() {
        return data.require("second_office.smaller_than_standard").flag();
    }

    /** Months to vacate a second office after leaving the concurrent post: 2. */
    public int secondOfficeVacateMonths() {
        return data.require("second_office.vacate_months").wholeNumber(0, 120);
    }

    /** Months to take back the office of a retired or transferred official: 1. */
    public int vacateMonths() {
        return data.require("vacate.months").wholeNumber(0, 120);
    }

    /** Whether use beyond the approved area is audited. */
    public boolean auditsApprovedArea() {
        return data.require("use.within_approved_area").flag();
    }

    /** Whether letting and lending are audited. */
    public boolean auditsLeases() {
        return data.require("use.no_lease").flag();
    }

    /** Whether idle rooms are audited. */
    public boolean auditsIdleRooms() {
        return data.require("use.no_idle").flag();
    }

    /** Whether rooms whose occupants are not on the register are reported. */
    public boolean auditsOccupantRegister() {
        return data.require("use.register_occupants").flag();
    }

    /** The citation of {@code key} with {@code figure} as what was applied. */
    Citation cite(String key, String figure) {
        return value(key).cite(figure);
    }

    private Value value(String key) {
        return data.require(key);
    }
}
