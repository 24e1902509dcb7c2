package io.github.jiguan.standards.office;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;

/**
 * The findings of the office-space audit, with their Chinese and English names and the record of
 * their evidence ({@link OfficeEvidence}).
 */
public enum OfficeFindingType implements Finding.Type {
    /** 超标准使用: a room used by one person is larger than that person's entitlement. */
    OFFICE_OVER_STANDARD("超标准使用办公室", "office above the area standard", OfficeEvidence.OverStandard.class),
    /** 合用办公室超标准: a shared room is larger than the sum of its occupants' entitlements. */
    SHARED_OFFICE_OVER_STANDARD("合用办公室超标准", "shared office above the area standard",
            OfficeEvidence.SharedOverStandard.class),
    /** 一人多处: more than one office, beyond the one approved, smaller second office for a concurrent post. */
    MULTIPLE_OFFICES("一人多处占用办公室", "one person holding several offices", OfficeEvidence.MultipleOffices.class),
    /** 未按规定腾退: retired or transferred more than the vacate deadline ago and still occupying a room. */
    NOT_VACATED("未按规定腾退", "office not vacated", OfficeEvidence.NotVacated.class),
    /** 出租出借: a room is let or lent out. */
    LEASED_OUT("出租出借", "office space let or lent out", OfficeEvidence.RoomState.class),
    /** 闲置: a room is idle, or an office room has no occupant. */
    IDLE_ROOM("闲置", "idle room", OfficeEvidence.RoomState.class),
    /** 超核定面积: a unit's office and service area exceeds its approved area. */
    UNIT_OVER_APPROVED_AREA("单位超核定面积", "unit above its approved area", OfficeEvidence.UnitOverApproved.class),
    /** 使用人不在名册: a room names an occupant who is not on the persons register. */
    UNKNOWN_OCCUPANT("使用人不在人员名册", "occupant not on the register", OfficeEvidence.UnknownOccupant.class);

    private final Finding.Names names;

    OfficeFindingType(String chineseName, String englishName, Class<? extends Evidence> evidenceType) {
        this.names = new Finding.Names(chineseName, englishName, evidenceType);
    }

    @Override
    public Finding.Names names() {
        return names;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String sentence(Finding finding, Language language) {
        return OfficeProse.sentence(this, finding, language);
    }
}
