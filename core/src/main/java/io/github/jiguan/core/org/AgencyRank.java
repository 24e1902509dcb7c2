package io.github.jiguan.core.org;

import io.github.jiguan.core.Checks;


/**
 * A rank that raises an agency above its administrative level for the area standard: the notes of
 * Table 1 of the 2014 建设标准 give deputy-ministerial units and sub-provincial cities the figure
 * of the grade's row one level up.
 */
public enum AgencyRank {
    /** An agency ranked at its administrative level. */
    REGULAR("一般"),
    /** 副部级单位: a deputy-ministerial unit. */
    DEPUTY_MINISTERIAL_UNIT("副部级单位"),
    /** 副省级城市: a sub-provincial city. */
    SUB_PROVINCIAL_CITY("副省级城市");

    private final String chineseName;

    AgencyRank(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 副省级城市. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether the agency uses the row one level up. */
    public boolean usesRowOneLevelUp() {
        return this != REGULAR;
    }

    /** Parses a rank from its code or its Chinese name. */
    public static AgencyRank parse(String text) {
        return Checks.code("agency rank", AgencyRank.class, text, AgencyRank::chineseName);
    }
}
