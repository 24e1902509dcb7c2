package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.calendar.DayKind;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.finding.Prose;
import io.github.jiguan.core.finding.TimeSpan;
import io.github.jiguan.core.track.Trip;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences of the reconciliation's findings, in Chinese and English, made from their evidence. */
final class ReconcileProse {

    private ReconcileProse() {
    }

    static String sentence(FindingType type, Finding f, Language l) {
        String car = f.subjects().vehicleLabel();
        String order = f.subjects().orderId().orElse("");
        return switch (type) {
            case TRIP_WITHOUT_ORDER -> {
                TripWithoutOrder e = f.evidence(TripWithoutOrder.class);
                yield l.pick(car + " 于 " + trip(e.trip()) + " 行驶 " + Prose.km(e.trip().distanceMetres())
                                + "，该时段无派车单（前后容差 " + Prose.duration(e.tolerance(), l) + "）",
                        car + " drove " + Prose.km(e.trip().distanceMetres()) + " on " + trip(e.trip())
                                + " with no dispatch order for that time (tolerance " + Prose.duration(e.tolerance(), l)
                                + " either side)");
            }
            case ORDER_WINDOW_EXCEEDED -> exceeded(car, order, f.evidence(OrderWindowExceeded.class), l);
            case ORDER_WITHOUT_TRIP -> {
                OrderWithoutTrip e = f.evidence(OrderWithoutTrip.class);
                yield l.pick("派车单 " + order + "（" + car + "，" + span(e.window()) + "）在派车时段前后 "
                                + Prose.duration(e.tolerance(), l) + "内无行驶轨迹，而终端在该时段有定位上报",
                        "Order " + order + " (" + car + ", " + span(e.window()) + ") has no trip within "
                                + Prose.duration(e.tolerance(), l) + " of its window, although the terminal reported during it");
            }
            case ORDER_UNVERIFIED_OFFLINE -> {
                OrderWithoutTrip e = f.evidence(OrderWithoutTrip.class);
                yield l.pick("派车单 " + order + "（" + car + "，" + span(e.window()) + "）期间终端无任何上报，无法核实用车情况",
                        "During order " + order + " (" + car + ", " + span(e.window())
                                + ") the terminal reported nothing: the use cannot be verified");
            }
            case DISPATCH_AFTER_DEPARTURE -> {
                DispatchAfterDeparture e = f.evidence(DispatchAfterDeparture.class);
                yield l.pick("派车单 " + order + " 于 " + Prose.time(e.createdAt()) + " 录入，比 " + car + " 的出发时间 "
                                + Prose.time(e.firstTrip().start()) + " 晚 " + Prose.duration(e.createdAfterDeparture(), l)
                                + "（允许 " + Prose.duration(e.grace(), l) + "），属事后补派",
                        "Order " + order + " was entered at " + Prose.time(e.createdAt()) + ", "
                                + Prose.duration(e.createdAfterDeparture(), l) + " after " + car + " left at "
                                + Prose.time(e.firstTrip().start()) + " (grace " + Prose.duration(e.grace(), l) + ")");
            }
            case CHECKOUT_MISMATCH -> {
                RecordedTimeMismatch e = f.evidence(RecordedTimeMismatch.class);
                yield l.pick("派车单 " + order + " 登记出车时间 " + Prose.time(e.recordedAt()) + "，" + car + " 轨迹显示出发于 "
                                + Prose.time(e.trackAt()) + "，相差 " + Prose.duration(e.difference(), l) + "（允许 "
                                + Prose.duration(e.tolerance(), l) + "）",
                        "Order " + order + " records check-out at " + Prose.time(e.recordedAt()) + "; " + car
                                + "'s trajectory shows departure at " + Prose.time(e.trackAt()) + ", "
                                + Prose.duration(e.difference(), l) + " apart (tolerance " + Prose.duration(e.tolerance(), l) + ")");
            }
            case CHECKIN_MISMATCH -> {
                RecordedTimeMismatch e = f.evidence(RecordedTimeMismatch.class);
                yield l.pick("派车单 " + order + " 登记收车时间 " + Prose.time(e.recordedAt()) + "，" + car + " 轨迹显示返回于 "
                                + Prose.time(e.trackAt()) + "，相差 " + Prose.duration(e.difference(), l) + "（允许 "
                                + Prose.duration(e.tolerance(), l) + "）",
                        "Order " + order + " records check-in at " + Prose.time(e.recordedAt()) + "; " + car
                                + "'s trajectory shows return at " + Prose.time(e.trackAt()) + ", "
                                + Prose.duration(e.difference(), l) + " apart (tolerance " + Prose.duration(e.tolerance(), l) + ")");
            }
            case PAPER_DISPATCH -> {
                PaperDispatch e = f.evidence(PaperDispatch.class);
                yield l.pick("派车单 " + order + "（" + car + "，" + span(e.window()) + "）为纸质派车单，于 "
                                + Prose.time(e.createdAt()) + " 补录入平台",
                        "Order " + order + " (" + car + ", " + span(e.window()) + ") was a paper dispatch slip, entered at "
                                + Prose.time(e.createdAt()));
            }
            case OFF_HOURS_USE -> offHours(car, order, f.evidence(OffHoursUse.class), l);
            case NOT_PARKED_AT_BASE -> parking(car, f.evidence(NotParkedAtBase.class), l);
            case IDLE_VEHICLE -> {
                IdleVehicle e = f.evidence(IdleVehicle.class);
                yield l.pick(car + " 自 " + e.firstDay() + " 至 " + e.lastDay() + " 连续 " + e.daysWithoutTrip()
                                + " 天无行程，其中终端在线 " + e.daysOnline() + " 天（阈值 " + e.thresholdDays() + " 天）",
                        car + " made no trip for " + e.daysWithoutTrip() + " days from " + e.firstDay() + " to "
                                + e.lastDay() + ", with the terminal online on " + e.daysOnline() + " of them (threshold "
                                + e.thresholdDays() + " days)");
            }
            case TERMINAL_OFFLINE -> {
                TerminalOffline e = f.evidence(TerminalOffline.class);
                yield e.days() == 1
                        ? l.pick(car + " 终端 " + e.firstDay() + " 全天无任何上报",
                                car + "'s terminal reported nothing on " + e.firstDay())
                        : l.pick(car + " 终端自 " + e.firstDay() + " 至 " + e.lastDay() + " 连续 " + e.days() + " 天无任何上报",
                                car + "'s terminal reported nothing for " + e.days() + " days, " + e.firstDay() + " to "
                                        + e.lastDay());
            }
        };
    }

    private static String exceeded(String car, String order, OrderWindowExceeded e, Language l) {
        List<String> how = new ArrayList<>();
        if (!e.startedBeforeExpandedWindow().isZero()) {
            how.add(l.pick("早于扩展时段 " + Prose.duration(e.startedBeforeExpandedWindow(), l) + "出发",
                    "left " + Prose.duration(e.startedBeforeExpandedWindow(), l) + " before the expanded window"));
        }
        if (!e.endedAfterExpandedWindow().isZero()) {
            how.add(l.pick("晚于扩展时段 " + Prose.duration(e.endedAfterExpandedWindow(), l) + "返回",
                    "returned " + Prose.duration(e.endedAfterExpandedWindow(), l) + " after it"));
        }
        return l.pick(car + " 于 " + trip(e.trip()) + " 行驶 " + Prose.km(e.trip().distanceMetres()) + "，超出派车单 " + order
                        + " 的派车时段 " + span(e.window()) + "（前后容差 " + Prose.duration(e.tolerance(), l) + "）："
                        + String.join("，", how),
                car + " drove " + Prose.km(e.trip().distanceMetres()) + " on " + trip(e.trip()) + ", outside the window "
                        + span(e.window()) + " of order " + order + " (tolerance " + Prose.duration(e.tolerance(), l)
                        + "): " + String.join(" and ", how));
    }

    private static String offHours(String car, String order, OffHoursUse e, Language l) {
        List<String> parts = new ArrayList<>();
        for (OffHoursUse.Part p : e.parts()) {
            String why = p.reason() == OffHoursUse.Reason.NIGHT ? l.pick("夜间", "at night")
                    : p.day() == DayKind.HOLIDAY ? l.pick("法定节假日", "on a holiday") : l.pick("周末", "at the weekend");
            parts.add(span(p.span()) + l.pick("（" + why + "）", " " + why));
        }
        String approval = e.orderApproval()
                ? l.pick("派车单 " + order + " 未批准非工作时间用车", "order " + order + " did not approve off-hours use")
                : l.pick("且无关联派车单", "with no order approving it");
        return l.pick(car + " 于 " + trip(e.trip()) + " 行驶 " + Prose.km(e.trip().distanceMetres()) + "，其中 "
                        + Prose.list(parts, l) + "为非工作时间，" + approval,
                car + " drove " + Prose.km(e.trip().distanceMetres()) + " on " + trip(e.trip()) + ", partly off hours: "
                        + Prose.list(parts, l) + ", " + approval);
    }

    private static String parking(String car, NotParkedAtBase e, Language l) {
        List<String> nights = e.nights().stream().map(LocalDate::toString).toList();
        String when = nights.size() == 1 ? l.pick(nights.get(0) + " ", nights.get(0))
                : l.pick(Prose.list(nights, l) + " 共 " + nights.size() + " 晚的 ",
                        nights.size() + " nights (" + Prose.list(nights, l) + ")");
        String still = e.stillThereAtEnd() ? l.pick("，至数据结束仍未返回", ", and was still away at the end of the data") : "";
        return l.pick(car + " 于 " + when + e.checkTime() + (nights.size() == 1 ? " " : " 均") + "未停放在驻地：最后位置距驻地 "
                        + Prose.metres(e.distanceMetres())
                        + "（允许 " + Prose.metres(e.radiusMetres()) + "），且无派车单覆盖" + still,
                car + " was away from its base at " + e.checkTime() + " on " + when + ": last position "
                        + Prose.metres(e.distanceMetres()) + " from base (allowed " + Prose.metres(e.radiusMetres())
                        + ") with no order covering it" + still);
    }

    private static String trip(Trip t) {
        return Prose.span(t.start(), t.end());
    }

    private static String span(TimeSpan s) {
        return Prose.span(s.start(), s.end());
    }

    /** A duration in minutes for a rule's figure: {@code 30 min}. */
    static String min(Duration d) {
        long s = d.getSeconds();
        return (s % 60 == 0 ? Long.toString(s / 60) : String.format(Locale.ROOT, "%.1f", s / 60.0)) + " min";
    }

    static String metres(double m) {
        return Prose.metres(m);
    }

    static String percent(double share) {
        double p = share * 100;
        return (p == Math.rint(p) ? Long.toString((long) p) : String.format(Locale.ROOT, "%.1f", p)) + "%";
    }
}
