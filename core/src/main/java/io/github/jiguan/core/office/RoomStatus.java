package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;


/** 使用状态: whether a room is used, idle or let out. */
public enum RoomStatus {
    /** 在用: in use. */
    IN_USE("在用"),
    /** 闲置: idle. */
    IDLE("闲置"),
    /** 出租出借: let or lent out. */
    LEASED_OUT("出租出借");

    private final String chineseName;

    RoomStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 闲置. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a status from its code or its Chinese name. */
    public static RoomStatus parse(String text) {
        return Checks.code("room status", RoomStatus.class, text, RoomStatus::chineseName);
    }
}
