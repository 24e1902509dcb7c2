package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.Checks;

/** 处置方式: the ways of disposing of idle space, which the rules rank. */
public enum Disposal {
    /** 调剂使用: reallocate to a unit short of space. */
    REALLOCATE("调剂使用", "reallocation"),
    /** 转为公共服务用途: convert to public use. */
    PUBLIC_USE("转为公共服务用途", "conversion to public use"),
    /** 置换、出租或拆除: exchange, lease or demolish. */
    EXCHANGE_LEASE_DEMOLISH("置换、出租或拆除", "exchange, lease or demolition"),
    /** 公开拍卖: auction. */
    AUCTION("公开拍卖", "auction");

    private final String chineseName;
    private final String englishName;

    Disposal(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** The English name, such as "conversion to public use". */
    public String englishName() {
        return englishName;
    }

    /** The Chinese name. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a step from its code or Chinese name. */
    public static Disposal parse(String text) {
        return Checks.code("disposal", Disposal.class, text, Disposal::chineseName);
    }
}
