package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;

/** 拍卖结果: the outcome of one lot of a lease auction. */
public enum AuctionResult {
    /** 成交: the lot was let. */
    LET("成交"),
    /** 流拍: no bid reached the reserve. */
    UNSOLD("流拍"),
    /** 撤拍: the lot was withdrawn before the auction. */
    WITHDRAWN("撤拍");

    private final String chineseName;

    AuctionResult(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a value from its code (any case) or its Chinese name. */
    public static AuctionResult parse(String text) {
        return Checks.code("auction result", AuctionResult.class, text, AuctionResult::chineseName);
    }
}
