package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;


/** 标识化: whether a vehicle carries the uniform official-vehicle marking. */
public enum Marking {
    /** 已喷涂统一标识. */
    MARKED("已标识"),
    /** 未喷涂, and not exempt. */
    UNMARKED("未标识"),
    /** 经批准免于标识 (for example confidential or investigative work). */
    EXEMPT("免标识");

    private final String chineseName;

    Marking(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 已标识. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a marking from its code or its Chinese name. */
    public static Marking parse(String text) {
        return Checks.code("marking", Marking.class, text, Marking::chineseName);
    }
}
