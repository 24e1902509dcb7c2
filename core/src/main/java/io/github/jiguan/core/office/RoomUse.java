package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;


/** 用房类别: the use a room is registered for. */
public enum RoomUse {
    /** 办公室用房: offices. */
    OFFICE("办公室用房"),
    /** 服务用房: service rooms (meeting rooms, archives, reception…). */
    SERVICE("服务用房"),
    /** 设备用房: equipment rooms. */
    EQUIPMENT("设备用房"),
    /** 附属用房: ancillary rooms (canteen, garage, guard rooms…). */
    ANCILLARY("附属用房");

    private final String chineseName;

    RoomUse(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 办公室用房. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a use from its code or its Chinese name. */
    public static RoomUse parse(String text) {
        return Checks.code("room use", RoomUse.class, text, RoomUse::chineseName);
    }
}
