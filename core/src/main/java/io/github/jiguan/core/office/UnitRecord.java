package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;

/**
 * 一单位一档的单位信息: a user unit as the bureau's ledger records it.
 *
 * @param agencyId     the unit's id, as rooms.csv names it
 * @param name         its name
 * @param county       the county (or district) it belongs to, which the progress tables group by
 * @param approvedArea its approved office and service area (核定面积)
 * @param persons      its approved staff (编制人数), 0 or more
 */
public record UnitRecord(String agencyId, String name, String county, Area approvedArea, int persons) {

    /** Validates the fields. */
    public UnitRecord {
        agencyId = Checks.id("agency id", agencyId);
        name = Checks.notBlank("unit name", name);
        county = Checks.notBlank("county", county);
        Checks.notNull("approved area", approvedArea);
        if (persons < 0 || persons > 1_000_000) {
            throw new InvalidValueException("persons", "out of range [0, 1000000]", persons);
        }
    }
}
