package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sentence of every vehicle-operations finding type, in Chinese and English, held word for word. */
class OpsSentencesTest {

    private static final Map<OpsFindingType, Finding> SAMPLES = OpsSamples.all();

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(OpsFindingType.DOSSIER_INCOMPLETE,
                        "冀H12345 档案缺少：定点维修厂、标识照片",
                        "冀H12345's file lacks designated repair garage, marking photos"),
                Arguments.of(OpsFindingType.UNIT_DOSSIERS_INCOMPLETE,
                        "单位 A01 在用 3 辆车中 2 辆档案不全（V2、V3）",
                        "Unit A01: 2 of 3 vehicles in service have incomplete files (V2, V3)"),
                Arguments.of(OpsFindingType.DOCUMENT_EXPIRED,
                        "冀H12345 年检已于 2025-02-28 到期，至 2025-03-01 已过期 1 天",
                        "冀H12345's annual inspection expired on 2025-02-28, 1 day before 2025-03-01"),
                Arguments.of(OpsFindingType.DOCUMENT_EXPIRING,
                        "冀H12345 保险将于 2025-03-31 到期（30 天后，预警期 30 天）",
                        "冀H12345's insurance expires on 2025-03-31 (in 30 days; warned 30 days ahead)"),
                Arguments.of(OpsFindingType.FUEL_OFF_DESIGNATED,
                        "冀H12345 2025-02-04 10:00 在“某民营加油站”燃油费 310 元（凭证 C2），定点为“中石化城关站”",
                        "冀H12345 paid 310 yuan for fuel at \"某民营加油站\" on 2025-02-04 10:00 (voucher C2); the designated place is \"中石化城关站\""),
                Arguments.of(OpsFindingType.REPAIR_OFF_DESIGNATED,
                        "冀H12345 2025-02-06 10:00 在“路边快修”维修费 2,400 元（凭证 C4），定点为“城关修理厂”",
                        "冀H12345 paid 2,400 yuan for repair at \"路边快修\" on 2025-02-06 10:00 (voucher C4); the designated place is \"城关修理厂\""),
                Arguments.of(OpsFindingType.DRIVER_SECONDED,
                        "单位 A01 驾驶员张三（D1）为借调人员，应通过劳务派遣使用",
                        "Unit A01's driver 张三（D1） is seconded, where drivers must come through labour dispatch"),
                Arguments.of(OpsFindingType.LICENCE_EXPIRED_TRIP,
                        "派车单 O2（冀H12345，2025-02-11 09:00 出车）驾驶员 李四（D2）的驾驶证已于 2025-02-10 过期 1 天",
                        "Order O2 (冀H12345, out 2025-02-11 09:00) was driven by 李四（D2） whose licence expired on 2025-02-10, 1 day before"),
                Arguments.of(OpsFindingType.DRIVER_NOT_IN_ROSTER,
                        "派车单 O3（冀H12345）所列驾驶员 D9 不在驾驶员名册中",
                        "Order O3 (冀H12345) names driver D9, who is not in the roster"),
                Arguments.of(OpsFindingType.RENTAL_UNAPPROVED,
                        "单位 A01 租赁合同 R2（某租赁公司，冀H12345，2025-02-01 至 2025-02-10，5,000.01 元）未经审批",
                        "Unit A01's rental R2 (某租赁公司, 冀H12345, 2025-02-01 to 2025-02-10, 5,000.01 yuan) has no approval"),
                Arguments.of(OpsFindingType.RENTAL_OVER_CEILING,
                        "单位 A01 租赁合同 R2（某租赁公司，冀H12345，2025-02-01 至 2025-02-10，5,000.01 元）超过核定标准 5,000 元",
                        "Unit A01's rental R2 (某租赁公司, 冀H12345, 2025-02-01 to 2025-02-10, 5,000.01 yuan) exceeds its ceiling of 5,000 yuan"),
                Arguments.of(OpsFindingType.RENTAL_NOT_IN_REGISTER,
                        "单位 A01 租赁合同 R2（某租赁公司，冀H12345，2025-02-01 至 2025-02-10，5,000.01 元）的车辆不在平台车辆名册中，其行程无法与派车单核对",
                        "Unit A01's rental R2 (某租赁公司, 冀H12345, 2025-02-01 to 2025-02-10, 5,000.01 yuan): the vehicle is not in the register, so its trips are not checked against orders"),
                Arguments.of(OpsFindingType.MARKING_BOTH,
                        "冀H12345 自 2025-01-01 起新旧标识并存，至 2025-01-19 共 19 天",
                        "冀H12345 has carried old and new markings at once since 2025-01-01, 19 days to 2025-01-19"),
                Arguments.of(OpsFindingType.MARKING_LATE,
                        "冀H12345 2024-06-01 注册登记，应于 15 日内（至 2024-06-16）喷涂标识，于 2024-06-17 才完成标识",
                        "冀H12345, registered on 2024-06-01, was due to be marked within 15 days (by 2024-06-16) and was marked only on 2024-06-17"),
                Arguments.of(OpsFindingType.AREA_EXIT,
                        "冀H12345 2025-02-03 10:05–10:40 驶出规定区域（Z1），最远超出 1,000 m，71 个定位点",
                        "冀H12345 left its area (Z1) 2025-02-03 10:05–10:40, up to 1,000 m beyond it, 71 fixes"),
                Arguments.of(OpsFindingType.LEFT_PARKING_WITHOUT_ORDER,
                        "冀H12345 2025-02-03 10:01–12:01 无派车单离开停放点（P1）超过 50 m，最远 55 m",
                        "冀H12345 left its parking place (P1) by more than 50 m without an order 2025-02-03 10:01–12:01, up to 55 m"),
                Arguments.of(OpsFindingType.DISPOSAL_CANDIDATE,
                        "冀H12345 建议列入处置：自 2024-11-20 起连续 95 天无行程（阈值 90 天）；2017-03-01 注册，自 2025-03-01 起已达更新年限；近 12 个月维修费 75,000.01 元超过车辆价值 150,000 元的 50%",
                        "冀H12345 is a disposal candidate: no trip for 95 days from 2024-11-20 (threshold 90); registered on 2017-03-01, past its replacement age since 2025-03-01; repairs of 75,000.01 yuan in 12 months exceed 50% of its value of 150,000 yuan"),
                Arguments.of(OpsFindingType.TERMINAL_MAINTENANCE,
                        "冀H12345 终端 20 天中离线 8 天（超过 7 天），最后定位 2025-02-12 23:55，列入维修清单",
                        "冀H12345's terminal was offline 8 of 20 days (over 7); last fix 2025-02-12 23:55: on the maintenance list"),
                Arguments.of(OpsFindingType.TERMINAL_CHECK_OVERDUE,
                        "冀H12345 终端最近一次巡检为 2024-08-19，应于 2025-02-19 前再次巡检（每 6 个月一次）",
                        "冀H12345's terminal was last checked on 2024-08-19 and was due again by 2025-02-19 (every 6 months)"),
                Arguments.of(OpsFindingType.COST_RISE,
                        "冀H12345 2024 年运行费用 1,210 元，较上年 1,000 元增长 21%（预警线 20%）",
                        "冀H12345's operating cost in 2024 was 1,210 yuan, up 21% from 1,000 yuan (threshold 20%)"),
                Arguments.of(OpsFindingType.COST_UNATTACHED,
                        "冀H12345 2025-02-03 16:00 燃油费 280 元（凭证 F1）无法关联到行程：该时段无行程",
                        "冀H12345's fuel of 280 yuan on 2025-02-03 16:00 (voucher F1) belongs to no trip: no trip at that time"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void everyTypeReadsAsTheInspectorExpects(OpsFindingType type, String zh, String en) {
        assertEquals(zh, SAMPLES.get(type).sentence(Language.ZH));
        assertEquals(en, SAMPLES.get(type).sentence(Language.EN));
    }

    @Test
    void everyTypeHasASample() {
        assertEquals(Arrays.asList(OpsFindingType.values()), SAMPLES.keySet().stream().toList());
        assertEquals(OpsFindingType.values().length, sentences().count());
    }
}
