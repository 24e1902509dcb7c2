package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;

/** 建筑用途: what a building of the ledger is used for as a whole. */
public enum BuildingUse {
    /** 办公: office building of organs. */
    OFFICE("办公"),
    /** 业务技术用房: technical rooms such as labs, archives, data centres. */
    TECHNICAL("业务技术用房"),
    /** 经营性用房: shop fronts and other space let for income. */
    BUSINESS("经营性用房"),
    /** 其他: anything else. */
    OTHER("其他");

    private final String chineseName;

    BuildingUse(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a value from its code (any case) or its Chinese name. */
    public static BuildingUse parse(String text) {
        return Checks.code("building use", BuildingUse.class, text, BuildingUse::chineseName);
    }
}
