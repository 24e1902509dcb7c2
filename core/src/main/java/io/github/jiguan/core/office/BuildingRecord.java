package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.util.Optional;

/**
 * 一房一档的建筑信息: a building as the bureau's ledger records it: where it stands, what it is
 * used for, how large, how built and when, its property right and its latest safety appraisal.
 *
 * @param id         the building's identifier, as rooms.csv names it
 * @param name       its name
 * @param compoundId the compound it stands in
 * @param use        its use as a whole
 * @param grossArea  its gross floor area (建筑面积)
 * @param structure  multi-storey or high-rise
 * @param builtYear  the year it was completed, 1800 to 2100
 * @param title      its property right
 * @param appraisal  its latest safety appraisal; null when it has none
 */
public record BuildingRecord(String id, String name, String compoundId, BuildingUse use, Area grossArea,
                             BuildingStructure structure, int builtYear, Title title, SafetyAppraisal appraisal) {

    /** Validates the fields. */
    public BuildingRecord {
        id = Checks.id("building id", id);
        name = Checks.notBlank("building name", name);
        compoundId = Checks.id("compound id", compoundId);
        Checks.notNull("building use", use);
        Checks.notNull("gross area", grossArea);
        Checks.notNull("building structure", structure);
        if (builtYear < 1800 || builtYear > 2100) {
            throw new InvalidValueException("built year", "out of range [1800, 2100]", builtYear);
        }
        Checks.notNull("title", title);
    }

    /** The latest appraisal, if any. */
    public Optional<SafetyAppraisal> latestAppraisal() {
        return Optional.ofNullable(appraisal);
    }

    /** The building as the office audit's register knows it. */
    public Building toBuilding() {
        return new Building(id, name, "", structure, title.status());
    }
}
