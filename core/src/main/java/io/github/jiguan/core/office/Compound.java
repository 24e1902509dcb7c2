package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;

/**
 * 院落: a compound of office buildings, the top of the ledger's hierarchy
 * (compound → building → floor → room).
 *
 * @param id     the compound's identifier
 * @param name   its name, such as 县委大院
 * @param county the county (or district) it lies in, which the progress tables group by
 */
public record Compound(String id, String name, String county) {

    /** Validates the fields. */
    public Compound {
        id = Checks.id("compound id", id);
        name = Checks.notBlank("compound name", name);
        county = Checks.notBlank("county", county);
    }
}
