package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.Checks;

/** An item the per-vehicle file (一车一档) must hold, with what it is called in Chinese and English. */
public enum DossierItem {
    /** 编制批复: the approval of the vehicle under the unit's quota. */
    APPROVAL("编制批复", "quota approval"),
    /** 行驶证登记: the registration. */
    REGISTRATION("注册登记", "registration"),
    /** 保险: the insurance and its expiry. */
    INSURANCE("保险及有效期", "insurance and its expiry"),
    /** 年检: the annual inspection and its expiry. */
    INSPECTION("年检及有效期", "annual inspection and its expiry"),
    /** 定点维修: the designated repair garage. */
    DESIGNATED_GARAGE("定点维修厂", "designated repair garage"),
    /** 定点加油: the designated refuelling station or card. */
    DESIGNATED_STATION("定点加油站（卡）", "designated refuelling station"),
    /** 标识照片: the marking photos. */
    MARKING_PHOTOS("标识照片", "marking photos"),
    /** 终端安装记录: the terminal installation record. */
    TERMINAL("终端安装记录", "terminal installation record");

    private final String chineseName;
    private final String englishName;

    DossierItem(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** The Chinese name, such as 定点维修厂. */
    public String chineseName() {
        return chineseName;
    }

    /** The English name. */
    public String englishName() {
        return englishName;
    }

    /** Parses an item from its code or Chinese name. */
    public static DossierItem parse(String text) {
        return Checks.code("dossier item", DossierItem.class, text, DossierItem::chineseName);
    }
}
