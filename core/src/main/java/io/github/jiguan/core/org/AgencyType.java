package io.github.jiguan.core.org;

import io.github.jiguan.core.Checks;


/**
 * The kind of body, which decides whose row of the area standard applies to its staff.
 */
public enum AgencyType {
    /** 党政机关: a Party or State organ at its own level. */
    ORGAN("党政机关"),
    /** 派出机构: a dispatched body, using the table of the level named in its approval. */
    DISPATCHED_BODY("派出机构"),
    /** 事业单位: a public institution, using the table of the level named in its approval. */
    PUBLIC_INSTITUTION("事业单位");

    private final String chineseName;

    AgencyType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 派出机构. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a type from its code or its Chinese name. */
    public static AgencyType parse(String text) {
        return Checks.code("agency type", AgencyType.class, text, AgencyType::chineseName);
    }
}
