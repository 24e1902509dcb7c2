package io.github.jiguan.standards.office;

/** The findings of the office-space audit, with their Chinese names. */
public enum OfficeFindingType {
    /** 超标准使用: a room used by one person is larger than that person's entitlement. */
    OFFICE_OVER_STANDARD("超标准使用办公室"),
    /** 合用办公室超标准: a shared room is larger than the sum of its occupants' entitlements. */
    SHARED_OFFICE_OVER_STANDARD("合用办公室超标准"),
    /** 一人多处: more than one office, beyond the one approved, smaller second office for a concurrent post. */
    MULTIPLE_OFFICES("一人多处占用办公室"),
    /** 未按规定腾退: retired or transferred more than the vacate deadline ago and still occupying a room. */
    NOT_VACATED("未按规定腾退"),
    /** 出租出借: a room is let or lent out. */
    LEASED_OUT("出租出借"),
    /** 闲置: a room is idle, or an office room has no occupant. */
    IDLE_ROOM("闲置"),
    /** 超核定面积: a unit's office and service area exceeds its approved area. */
    UNIT_OVER_APPROVED_AREA("单位超核定面积"),
    /** 使用人不在名册: a room names an occupant who is not on the persons register. */
    UNKNOWN_OCCUPANT("使用人不在人员名册");

    private final String chineseName;

    OfficeFindingType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 一人多处占用办公室. */
    public String chineseName() {
        return chineseName;
    }
}
