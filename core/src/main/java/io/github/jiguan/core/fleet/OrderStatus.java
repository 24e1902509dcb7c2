package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;


/** The state of a dispatch order; cancelled orders are ignored by the reconciliation. */
public enum OrderStatus {
    /** 已完成. */
    COMPLETED("已完成"),
    /** 已取消. */
    CANCELLED("已取消");

    private final String chineseName;

    OrderStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 已取消. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a status from its code or its Chinese name. */
    public static OrderStatus parse(String text) {
        return Checks.code("status", OrderStatus.class, text, OrderStatus::chineseName);
    }
}
