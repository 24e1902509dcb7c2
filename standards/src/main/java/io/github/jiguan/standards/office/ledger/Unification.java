package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.Checks;

/**
 * 七个统一: the seven lines along which Changzhou organises office-space work, which the ledger
 * audit's findings are grouped by in its unit pages and summaries.
 */
public enum Unification {
    /** 统一权属登记: ownership registration. */
    OWNERSHIP("统一权属登记"),
    /** 统一规划建设: planning and construction (and the grounds for new allocation). */
    PLANNING("统一规划建设"),
    /** 统一维修管理: repairs. */
    REPAIRS("统一维修管理"),
    /** 统一调配使用: allocation and use, and the ledgers that record them. */
    ALLOCATION("统一调配使用"),
    /** 统一处置利用: disposal and reuse, letting included. */
    DISPOSAL("统一处置利用"),
    /** 统一物业服务: property services, energy and water included. */
    PROPERTY_SERVICES("统一物业服务"),
    /** 统一经费管理: funding. */
    FUNDING("统一经费管理");

    private final String chineseName;

    Unification(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 统一权属登记. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a unification from its code or Chinese name. */
    public static Unification parse(String text) {
        return Checks.code("unification", Unification.class, text, Unification::chineseName);
    }
}
