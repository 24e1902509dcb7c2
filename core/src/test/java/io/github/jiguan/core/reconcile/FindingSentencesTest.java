package io.github.jiguan.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.core.finding.EvidenceJson;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import org.junit.jupiter.api.Test;

/**
 * What an inspector and a program read of each finding type: the Chinese sentence, the English
 * one, the evidence as JSON and the rule cited, for one realistic finding per type
 * ({@link SentenceSamples}).
 */
class FindingSentencesTest {

    private static void check(FindingType type, String zh, String en, String json, String rule) {
        Finding f = SentenceSamples.of(type);
        assertEquals(zh, f.sentence(Language.ZH));
        assertEquals(en, f.sentence(Language.EN));
        assertEquals(json, EvidenceJson.of(f.evidence()));
        assertEquals(rule, f.rule().toString());
    }

    @Test
    void tripWithoutOrder() {
        check(FindingType.TRIP_WITHOUT_ORDER,
                "冀H12345 于 2025-01-13 12:58–13:40 行驶 26.2 km，该时段无派车单（前后容差 30 分钟）",
                "冀H12345 drove 26.2 km on 2025-01-13 12:58–13:40 with no dispatch order for that time (tolerance 30 min either side)",
                "{\"trip\":{\"start\":\"2025-01-13T12:58:00+08:00\",\"end\":\"2025-01-13T13:40:00+08:00\",\"distance_metres\":26210.4,\"from\":{\"latitude\":38.0428,\"longitude\":114.5149},\"to\":{\"latitude\":38.1612,\"longitude\":114.6203},\"fixes\":84,\"ending\":\"STOP\"},\"tolerance_seconds\":1800}",
                "《Jiguan 派车单与轨迹比对规则》有轨迹无订单：行程与本车任一派车单的扩展时段（派车时段前后各 T）均不重叠；T = 30 min");
    }

    @Test
    void orderWindowExceeded() {
        check(FindingType.ORDER_WINDOW_EXCEEDED,
                "冀H12345 于 2025-01-13 12:58–13:40 行驶 26.2 km，超出派车单 O17 的派车时段 2025-01-13 14:00–17:00（前后容差 30 分钟）：早于扩展时段 32 分钟出发",
                "冀H12345 drove 26.2 km on 2025-01-13 12:58–13:40, outside the window 2025-01-13 14:00–17:00 of order O17 (tolerance 30 min): left 32 min before the expanded window",
                "{\"trip\":{\"start\":\"2025-01-13T12:58:00+08:00\",\"end\":\"2025-01-13T13:40:00+08:00\",\"distance_metres\":26210.4,\"from\":{\"latitude\":38.0428,\"longitude\":114.5149},\"to\":{\"latitude\":38.1612,\"longitude\":114.6203},\"fixes\":84,\"ending\":\"STOP\"},\"window\":{\"start\":\"2025-01-13T14:00:00+08:00\",\"end\":\"2025-01-13T17:00:00+08:00\"},\"expanded_window\":{\"start\":\"2025-01-13T13:30:00+08:00\",\"end\":\"2025-01-13T17:30:00+08:00\"},\"tolerance_seconds\":1800,\"started_before_expanded_window_seconds\":1920,\"ended_after_expanded_window_seconds\":0}",
                "《Jiguan 派车单与轨迹比对规则》超出派车时段：行程与派车单扩展时段重叠但未完全落入其中；T = 30 min");
    }

    @Test
    void orderWithoutTrip() {
        check(FindingType.ORDER_WITHOUT_TRIP,
                "派车单 O18（冀H12345，2025-01-13 14:00–17:00）在派车时段前后 30 分钟内无行驶轨迹，而终端在该时段有定位上报",
                "Order O18 (冀H12345, 2025-01-13 14:00–17:00) has no trip within 30 min of its window, although the terminal reported during it",
                "{\"window\":{\"start\":\"2025-01-13T14:00:00+08:00\",\"end\":\"2025-01-13T17:00:00+08:00\"},\"expanded_window\":{\"start\":\"2025-01-13T13:30:00+08:00\",\"end\":\"2025-01-13T17:30:00+08:00\"},\"tolerance_seconds\":1800,\"fixes_in_window\":true}",
                "《Jiguan 派车单与轨迹比对规则》有订单无轨迹：扩展时段内无行程，而派车时段内终端有上报；T = 30 min");
    }

    @Test
    void orderUnverifiedOffline() {
        check(FindingType.ORDER_UNVERIFIED_OFFLINE,
                "派车单 O19（冀H12345，2025-01-13 14:00–17:00）期间终端无任何上报，无法核实用车情况",
                "During order O19 (冀H12345, 2025-01-13 14:00–17:00) the terminal reported nothing: the use cannot be verified",
                "{\"window\":{\"start\":\"2025-01-13T14:00:00+08:00\",\"end\":\"2025-01-13T17:00:00+08:00\"},\"expanded_window\":{\"start\":\"2025-01-13T13:30:00+08:00\",\"end\":\"2025-01-13T17:30:00+08:00\"},\"tolerance_seconds\":1800,\"fixes_in_window\":false}",
                "《Jiguan 派车单与轨迹比对规则》订单期间终端离线：扩展时段内无行程，且派车时段内终端无任何上报，无法核实；T = 30 min");
    }

    @Test
    void dispatchAfterDeparture() {
        check(FindingType.DISPATCH_AFTER_DEPARTURE,
                "派车单 O20 于 2025-01-13 15:05 录入，比 冀H12345 的出发时间 2025-01-13 12:58 晚 2 小时 7 分钟（允许 10 分钟），属事后补派",
                "Order O20 was entered at 2025-01-13 15:05, 2 h 7 min after 冀H12345 left at 2025-01-13 12:58 (grace 10 min)",
                "{\"created_at\":\"2025-01-13T15:05:00+08:00\",\"first_trip\":{\"start\":\"2025-01-13T12:58:00+08:00\",\"end\":\"2025-01-13T13:40:00+08:00\",\"distance_metres\":26210.4,\"from\":{\"latitude\":38.0428,\"longitude\":114.5149},\"to\":{\"latitude\":38.1612,\"longitude\":114.6203},\"fixes\":84,\"ending\":\"STOP\"},\"created_after_departure_seconds\":7620,\"grace_seconds\":600}",
                "《Jiguan 派车单与轨迹比对规则》事后补派：派车单录入时间晚于首个关联行程开始时间 + 10 min");
    }

    @Test
    void checkoutMismatch() {
        check(FindingType.CHECKOUT_MISMATCH,
                "派车单 O21 登记出车时间 2025-01-13 12:00，冀H12345 轨迹显示出发于 2025-01-13 12:58，相差 58 分钟（允许 30 分钟）",
                "Order O21 records check-out at 2025-01-13 12:00; 冀H12345's trajectory shows departure at 2025-01-13 12:58, 58 min apart (tolerance 30 min)",
                "{\"recorded_at\":\"2025-01-13T12:00:00+08:00\",\"track_at\":\"2025-01-13T12:58:00+08:00\",\"trip\":{\"start\":\"2025-01-13T12:58:00+08:00\",\"end\":\"2025-01-13T13:40:00+08:00\",\"distance_metres\":26210.4,\"from\":{\"latitude\":38.0428,\"longitude\":114.5149},\"to\":{\"latitude\":38.1612,\"longitude\":114.6203},\"fixes\":84,\"ending\":\"STOP\"},\"difference_seconds\":3480,\"tolerance_seconds\":1800}",
                "《Jiguan 派车单与轨迹比对规则》出车时间与轨迹不符：登记出车时间与首个关联行程开始时间相差超过 30 min");
    }

    @Test
    void checkinMismatch() {
        check(FindingType.CHECKIN_MISMATCH,
                "派车单 O22 登记收车时间 2025-01-13 16:45:30，冀H12345 轨迹显示返回于 2025-01-13 13:40，相差 3 小时 5 分钟（允许 30 分钟）",
                "Order O22 records check-in at 2025-01-13 16:45:30; 冀H12345's trajectory shows return at 2025-01-13 13:40, 3 h 5 min apart (tolerance 30 min)",
                "{\"recorded_at\":\"2025-01-13T16:45:30+08:00\",\"track_at\":\"2025-01-13T13:40:00+08:00\",\"trip\":{\"start\":\"2025-01-13T12:58:00+08:00\",\"end\":\"2025-01-13T13:40:00+08:00\",\"distance_metres\":26210.4,\"from\":{\"latitude\":38.0428,\"longitude\":114.5149},\"to\":{\"latitude\":38.1612,\"longitude\":114.6203},\"fixes\":84,\"ending\":\"STOP\"},\"difference_seconds\":11130,\"tolerance_seconds\":1800}",
                "《Jiguan 派车单与轨迹比对规则》收车时间与轨迹不符：登记收车时间与末个关联行程结束时间相差超过 30 min");
    }

    @Test
    void paperDispatch() {
        check(FindingType.PAPER_DISPATCH,
                "派车单 O23（冀H12345，2025-01-13 14:00–17:00）为纸质派车单，于 2025-01-14 09:12 补录入平台",
                "Order O23 (冀H12345, 2025-01-13 14:00–17:00) was a paper dispatch slip, entered at 2025-01-14 09:12",
                "{\"window\":{\"start\":\"2025-01-13T14:00:00+08:00\",\"end\":\"2025-01-13T17:00:00+08:00\"},\"created_at\":\"2025-01-14T09:12:00+08:00\"}",
                "《Jiguan 派车单与轨迹比对规则》纸质派车：派车渠道为纸质派车单（PAPER）");
    }

    @Test
    void offHoursUse() {
        check(FindingType.OFF_HOURS_USE,
                "冀H12345 于 2025-01-13 21:40–22:35 行驶 41.8 km，其中 2025-01-13 22:00–22:35（夜间）为非工作时间，且无关联派车单",
                "冀H12345 drove 41.8 km on 2025-01-13 21:40–22:35, partly off hours: 2025-01-13 22:00–22:35 at night, with no order approving it",
                "{\"trip\":{\"start\":\"2025-01-13T21:40:00+08:00\",\"end\":\"2025-01-13T22:35:00+08:00\",\"distance_metres\":41800,\"from\":{\"latitude\":38.0428,\"longitude\":114.5149},\"to\":{\"latitude\":38.1612,\"longitude\":114.6203},\"fixes\":84,\"ending\":\"STOP\"},\"parts\":[{\"span\":{\"start\":\"2025-01-13T22:00:00+08:00\",\"end\":\"2025-01-13T22:35:00+08:00\"},\"date\":\"2025-01-13\",\"reason\":\"NIGHT\",\"day\":\"WORKDAY\"}],\"night_start\":\"22:00\",\"night_end\":\"06:00\",\"order_approval\":false}",
                "《Jiguan 派车单与轨迹比对规则》非工作时间用车：行程任一部分在休息日或夜间 22:00–06:00，且关联派车单未批准非工作时间用车");
    }

    @Test
    void notParkedAtBase() {
        check(FindingType.NOT_PARKED_AT_BASE,
                "冀H12345 于 2025-01-14、2025-01-15 共 2 晚的 03:00 均未停放在驻地：最后位置距驻地 16,044 m（允许 1,000 m），且无派车单覆盖",
                "冀H12345 was away from its base at 03:00 on 2 nights (2025-01-14, 2025-01-15): last position 16,044 m from base (allowed 1,000 m) with no order covering it",
                "{\"nights\":[\"2025-01-14\",\"2025-01-15\"],\"check_time\":\"03:00\",\"stay\":\"STOP\",\"still_there_at_end\":false,\"position\":{\"latitude\":38.1612,\"longitude\":114.6203},\"base\":{\"latitude\":38.0428,\"longitude\":114.5149},\"distance_metres\":16043.7,\"radius_metres\":1000}",
                "《Jiguan 派车单与轨迹比对规则》未按规定停放：每晚 03:00 最后位置距驻地超过 1,000 m，且无派车时段覆盖该时刻");
    }

    @Test
    void idleVehicle() {
        check(FindingType.IDLE_VEHICLE,
                "冀H12345 自 2025-02-10 至 2025-03-13 连续 32 天无行程，其中终端在线 30 天（阈值 30 天）",
                "冀H12345 made no trip for 32 days from 2025-02-10 to 2025-03-13, with the terminal online on 30 of them (threshold 30 days)",
                "{\"first_day\":\"2025-02-10\",\"last_day\":\"2025-03-13\",\"days_without_trip\":32,\"days_online\":30,\"threshold_days\":30,\"min_online_share\":0.5}",
                "《Jiguan 派车单与轨迹比对规则》长期不出行：连续至少 30 天无行程，且其中至少 50% 的天数终端在线");
    }

    @Test
    void terminalOffline() {
        check(FindingType.TERMINAL_OFFLINE,
                "冀H12345 终端自 2025-01-20 至 2025-01-22 连续 3 天无任何上报",
                "冀H12345's terminal reported nothing for 3 days, 2025-01-20 to 2025-01-22",
                "{\"first_day\":\"2025-01-20\",\"last_day\":\"2025-01-22\",\"days\":3}",
                "《Jiguan 派车单与轨迹比对规则》终端离线：连续一个或多个自然日终端无任何上报");
    }
}
