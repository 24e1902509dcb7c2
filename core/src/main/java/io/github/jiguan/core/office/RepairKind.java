package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;

/** 维修类别: the size of a repair project. */
public enum RepairKind {
    /** 大修: a major repair. */
    MAJOR("大修"),
    /** 中修: a medium repair. */
    MEDIUM("中修"),
    /** 日常维修: routine upkeep, outside the project rules. */
    MINOR("日常维修");

    private final String chineseName;

    RepairKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a value from its code (any case) or its Chinese name. */
    public static RepairKind parse(String text) {
        return Checks.code("repair kind", RepairKind.class, text, RepairKind::chineseName);
    }
}
