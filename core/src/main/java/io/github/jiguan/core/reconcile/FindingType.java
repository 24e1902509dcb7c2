package io.github.jiguan.core.reconcile;

/**
 * The twelve kinds of finding of the dispatch-to-trajectory reconciliation, with their Chinese
 * names and rules as DESIGN.md §5 states them. The thresholds named in a rule are those of
 * {@link ReconcilePolicy} (defaults in brackets).
 */
public enum FindingType {
    /** 有轨迹无订单. */
    TRIP_WITHOUT_ORDER("有轨迹无订单", "a trip that overlaps no expanded order window of its vehicle"),
    /** 超出派车时段. */
    ORDER_WINDOW_EXCEEDED("超出派车时段", "a trip that overlaps an expanded order window but is not inside it"),
    /** 有订单无轨迹. */
    ORDER_WITHOUT_TRIP("有订单无轨迹",
            "an order whose expanded window overlaps no trip while the terminal reported fixes inside the window"),
    /** 订单期间终端离线. */
    ORDER_UNVERIFIED_OFFLINE("订单期间终端离线",
            "an order whose expanded window overlaps no trip and with no fix at all inside the window: cannot be verified"),
    /** 事后补派. */
    DISPATCH_AFTER_DEPARTURE("事后补派", "created_at later than the first associated trip's start + grace [10 min]"),
    /** 出车时间与轨迹不符. */
    CHECKOUT_MISMATCH("出车时间与轨迹不符",
            "checkout_at present and more than the tolerance [30 min] from the first associated trip's start"),
    /** 收车时间与轨迹不符. */
    CHECKIN_MISMATCH("收车时间与轨迹不符",
            "checkin_at present and more than the tolerance [30 min] from the last associated trip's end"),
    /** 纸质派车. */
    PAPER_DISPATCH("纸质派车", "an order with channel PAPER"),
    /** 非工作时间用车. */
    OFF_HOURS_USE("非工作时间用车",
            "a trip any part of which falls on a rest day or in the night hours [22:00-06:00], unless its associated "
                    + "order has off_hours_approved"),
    /** 未按规定停放. */
    NOT_PARKED_AT_BASE("未按规定停放",
            "at the night check time [03:00] the last known position is more than the radius [1,000 m] from the base "
                    + "and no order window covers that moment"),
    /** 长期不出行. */
    IDLE_VEHICLE("长期不出行",
            "at least [30] consecutive days without a trip, with the terminal online on at least [half] of them"),
    /** 终端离线. */
    TERMINAL_OFFLINE("终端离线", "one or more consecutive calendar days with no fix at all");

    private final String chineseName;
    private final String rule;

    FindingType(String chineseName, String rule) {
        this.chineseName = chineseName;
        this.rule = rule;
    }

    /** The Chinese name inspectors use, such as 有轨迹无订单. */
    public String chineseName() {
        return chineseName;
    }

    /** The rule of DESIGN.md §5, with the default thresholds in brackets. */
    public String rule() {
        return rule;
    }

    /** Parses a type from its code or its Chinese name. */
    public static FindingType parse(String text) {
        return io.github.jiguan.core.internal.Enums.parse("finding type", FindingType.class, text,
                FindingType::chineseName);
    }
}
