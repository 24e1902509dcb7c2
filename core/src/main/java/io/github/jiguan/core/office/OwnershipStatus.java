package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;


/** 权属状态: whether the property right is registered to the agency-affairs bureau. */
public enum OwnershipStatus {
    /** 已登记: registered. */
    REGISTERED("已登记"),
    /** 已备案: filed, where registration is not possible. */
    FILED("已备案"),
    /** 未登记: neither registered nor filed. */
    UNREGISTERED("未登记");

    private final String chineseName;

    OwnershipStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 已登记. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a status from its code or its Chinese name. */
    public static OwnershipStatus parse(String text) {
        return Checks.code("ownership status", OwnershipStatus.class, text, OwnershipStatus::chineseName);
    }
}
