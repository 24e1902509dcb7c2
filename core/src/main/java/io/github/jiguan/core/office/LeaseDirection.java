package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;

/** 租赁方向: whether space is let out or taken in. */
public enum LeaseDirection {
    /** 出租出借: the unit or bureau lets or lends its space to others. */
    OUT("出租出借"),
    /** 租用: the unit rents space from others. */
    IN("租用");

    private final String chineseName;

    LeaseDirection(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a value from its code (any case) or its Chinese name. */
    public static LeaseDirection parse(String text) {
        return Checks.code("lease direction", LeaseDirection.class, text, LeaseDirection::chineseName);
    }
}
