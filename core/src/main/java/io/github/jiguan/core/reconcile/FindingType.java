package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import java.util.function.BiFunction;

/**
 * The twelve kinds of finding of the dispatch-to-trajectory reconciliation, with their Chinese and
 * English names, the record of their evidence, their sentence and the rule they cite. The rules and
 * thresholds are those of {@link ReconcilePolicy} and the work calendar; docs/reconciliation.md
 * states each one.
 */
public enum FindingType implements Finding.Type {
    /** 有轨迹无订单: a trip that overlaps no expanded order window of its vehicle. */
    TRIP_WITHOUT_ORDER("有轨迹无订单", "trip without a dispatch order", TripWithoutOrder.class,
            (p, c) -> "行程与本车任一派车单的扩展时段（派车时段前后各 T）均不重叠；T = " + ReconcileProse.min(p.orderTolerance())),
    /** 超出派车时段: a trip that overlaps an expanded order window but is not inside it. */
    ORDER_WINDOW_EXCEEDED("超出派车时段", "trip outside its dispatch window", OrderWindowExceeded.class,
            (p, c) -> "行程与派车单扩展时段重叠但未完全落入其中；T = " + ReconcileProse.min(p.orderTolerance())),
    /** 有订单无轨迹: an order whose expanded window overlaps no trip while the terminal reported inside the window. */
    ORDER_WITHOUT_TRIP("有订单无轨迹", "dispatch order without a trip", OrderWithoutTrip.class,
            (p, c) -> "扩展时段内无行程，而派车时段内终端有上报；T = " + ReconcileProse.min(p.orderTolerance())),
    /** 订单期间终端离线: as ORDER_WITHOUT_TRIP, but no fix at all inside the window: cannot be verified. */
    ORDER_UNVERIFIED_OFFLINE("订单期间终端离线", "terminal offline during the order", OrderWithoutTrip.class,
            (p, c) -> "扩展时段内无行程，且派车时段内终端无任何上报，无法核实；T = "
                    + ReconcileProse.min(p.orderTolerance())),
    /** 事后补派: the order was created later than its first associated trip's start plus the grace. */
    DISPATCH_AFTER_DEPARTURE("事后补派", "dispatched after departure", DispatchAfterDeparture.class,
            (p, c) -> "派车单录入时间晚于首个关联行程开始时间 + " + ReconcileProse.min(p.dispatchGrace())),
    /** 出车时间与轨迹不符: the recorded check-out is further than the tolerance from the first associated trip's start. */
    CHECKOUT_MISMATCH("出车时间与轨迹不符", "check-out time does not match the trajectory", RecordedTimeMismatch.class,
            (p, c) -> "登记出车时间与首个关联行程开始时间相差超过 " + ReconcileProse.min(p.checkoutTolerance())),
    /** 收车时间与轨迹不符: the recorded check-in is further than the tolerance from the last associated trip's end. */
    CHECKIN_MISMATCH("收车时间与轨迹不符", "check-in time does not match the trajectory", RecordedTimeMismatch.class,
            (p, c) -> "登记收车时间与末个关联行程结束时间相差超过 " + ReconcileProse.min(p.checkinTolerance())),
    /** 纸质派车: an order with channel PAPER. */
    PAPER_DISPATCH("纸质派车", "paper dispatch slip", PaperDispatch.class,
            (p, c) -> "派车渠道为纸质派车单（PAPER）"),
    /** 非工作时间用车: a trip partly on a rest day or at night, unless its order approved off-hours use. */
    OFF_HOURS_USE("非工作时间用车", "use outside working hours", OffHoursUse.class,
            (p, c) -> "行程任一部分在休息日或夜间 " + c.nightStart() + "–" + c.nightEnd()
                    + "，且关联派车单未批准非工作时间用车"),
    /** 未按规定停放: away from base at the night check with no order window covering it. */
    NOT_PARKED_AT_BASE("未按规定停放", "not parked at its base overnight", NotParkedAtBase.class,
            (p, c) -> "每晚 " + p.parkingCheck() + " 最后位置距驻地超过 " + ReconcileProse.metres(p.baseRadiusMetres())
                    + "，且无派车时段覆盖该时刻"),
    /** 长期不出行: many consecutive days without a trip while the terminal was online. */
    IDLE_VEHICLE("长期不出行", "vehicle idle for a long time", IdleVehicle.class,
            (p, c) -> "连续至少 " + p.idleDays() + " 天无行程，且其中至少 " + ReconcileProse.percent(p.idleMinOnlineShare())
                    + " 的天数终端在线"),
    /** 终端离线: consecutive calendar days with no fix at all. */
    TERMINAL_OFFLINE("终端离线", "terminal offline", TerminalOffline.class,
            (p, c) -> "连续一个或多个自然日终端无任何上报");

    /** The document every reconciliation finding cites: Jiguan's published rules (docs/reconciliation.md). */
    public static final String RULES_DOCUMENT = "Jiguan 派车单与轨迹比对规则";

    private final Finding.Names names;
    private final BiFunction<ReconcilePolicy, WorkCalendar, String> figure;

    FindingType(String chineseName, String englishName, Class<? extends Evidence> evidenceType,
                BiFunction<ReconcilePolicy, WorkCalendar, String> figure) {
        this.names = new Finding.Names(chineseName, englishName, evidenceType);
        this.figure = figure;
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
        return ReconcileProse.sentence(this, finding, language);
    }

    /**
     * The rule this kind applies under {@code policy} and {@code calendar}, with their thresholds:
     * {@code 《Jiguan 派车单与轨迹比对规则》有轨迹无订单：行程与本车任一派车单的扩展时段…；T = 30 min}.
     */
    public Citation citation(ReconcilePolicy policy, WorkCalendar calendar) {
        Checks.notNull("policy", policy);
        Checks.notNull("calendar", calendar);
        return Citation.of(RULES_DOCUMENT, "", chineseName(), figure.apply(policy, calendar));
    }

    /** Parses a type from its code or its Chinese name. */
    public static FindingType parse(String text) {
        return Checks.code("finding type", FindingType.class, text, FindingType::chineseName);
    }
}
