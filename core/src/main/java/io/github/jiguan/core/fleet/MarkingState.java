package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;

/**
 * 标识状态: which uniform marking a vehicle carries. Provinces replaced their marking schemes; a car
 * with the old and the new scheme at once, or with none, is what inspections find.
 */
public enum MarkingState {
    /** 新标识: the current uniform marking. */
    NEW("新标识"),
    /** 旧标识: the previous scheme only. */
    OLD("旧标识"),
    /** 新旧标识并存: old and new markings on the same car. */
    BOTH("新旧标识并存"),
    /** 无标识: no marking. */
    NONE("无标识"),
    /** 免标识: exempted by approval. */
    EXEMPT("免标识");

    private final String chineseName;

    MarkingState(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 新标识. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether the vehicle carries a marking of some scheme. */
    public boolean isMarked() {
        return this == NEW || this == OLD || this == BOTH;
    }

    /** Parses a state from its code or its Chinese name. */
    public static MarkingState parse(String text) {
        return Checks.code("marking state", MarkingState.class, text, MarkingState::chineseName);
    }
}
