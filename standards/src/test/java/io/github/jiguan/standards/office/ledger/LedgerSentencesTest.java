package io.github.jiguan.standards.office.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.core.finding.EvidenceJson;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.testkit.office.LedgerCase;
import io.github.jiguan.testkit.office.LedgerCases;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What an inspector and a program read of each ledger finding type: the Chinese sentence, the
 * English one, the evidence as JSON and the rule cited, for the finding of each rule's threshold
 * case just past its threshold (as of 2026-03-15, shipped figures).
 */
class LedgerSentencesTest {

    /** The expected text of one finding type. */
    record Golden(LedgerFindingType type, String zh, String en, String json, String rule) {
    }

    static final List<Golden> GOLDEN = List.of(
            new Golden(LedgerFindingType.LEDGER_ROOM_MISSING,
                    "房间 R9（单位 U1，办公室用房，12 m²）在单位台账中登记，总台账中没有",
                    "Room R9 (unit U1, office, 12 m²) is in the unit's ledger but not in the bureau's master ledger",
                    "{\"side\":\"UNIT_ONLY\",\"use\":\"OFFICE\",\"usable_area_m2\":12}",
                    "《党政机关办公用房管理办法》（中共中央办公厅 国务院办公厅 2017年印发）第三章 权属管理：单位台账与总台账房间一一对应（暂定）"),
            new Golden(LedgerFindingType.LEDGER_ROOM_DIFFERS,
                    "房间 R1 两本台账登记不一致（总台账 / 单位台账）：使用面积 18 m² / 18.01 m²",
                    "Room R1 is recorded differently (master / unit): usable_area_m2 18 / 18.01",
                    "{\"differences\":[{\"field\":\"usable_area_m2\",\"master\":\"18\",\"unit\":\"18.01\"}],\"tolerance_square_metres\":0}",
                    "《党政机关办公用房管理办法》（中共中央办公厅 国务院办公厅 2017年印发）第三章 权属管理：面积相差不超过 0 m²，用途、状态、使用单位一致（暂定）"),
            new Golden(LedgerFindingType.UNKNOWN_REFERENCE,
                    "repairs.csv 中的 X9 引用的建筑 B9 未在建筑表（buildings.csv）中登记，相关规则无法核查",
                    "X9 of repairs.csv names building B9, which buildings.csv does not hold; the rules that need it could not be applied",
                    "{\"record\":\"REPAIR\",\"record_id\":\"X9\",\"field\":\"building_id\",\"value\":\"B9\"}",
                    "《Jiguan 办公用房台账核查规则》（Jiguan 默认参数）账实相符：台账各表引用的建筑、单位须在建筑表、单位表中登记"),
            new Golden(LedgerFindingType.CERTIFICATE_AREA_MISMATCH,
                    "建筑 B1 台账建筑面积 1010.01 m²，不动产权证书 冀(2023)示例县不动产权第0000001号 证载 1000 m²，相差 10.01 m²，超过容差 10 m²（1%）",
                    "Building B1 has 1010.01 m² in the ledger but 1000 m² on certificate 冀(2023)示例县不动产权第0000001号, 10.01 m² apart, beyond the tolerance of 10 m² (1%)",
                    "{\"certificate_number\":\"冀(2023)示例县不动产权第0000001号\",\"ledger_area_m2\":1010.01,\"certificate_area_m2\":1000,\"difference_m2\":10.01,\"tolerance_percent\":1,\"tolerance_m2\":10}",
                    "《Jiguan 办公用房台账核查规则》（Jiguan 默认参数）账证相符：台账建筑面积与证载面积之差不超过证载面积的 1%（暂定）"),
            new Golden(LedgerFindingType.DOCUMENT_MISSING,
                    "单位 U1 的档案（一单位一档）缺少调配批复",
                    "The file of unit U1 lacks the allocation approval",
                    "{\"scope\":\"UNIT\",\"missing\":[\"ALLOCATION_APPROVAL\"],\"required\":[\"ALLOCATION_APPROVAL\",\"USE_AGREEMENT\",\"ALLOCATION_CERTIFICATE\"]}",
                    "《党政机关办公用房管理办法》（中共中央办公厅 国务院办公厅 2017年印发）第四章 配置管理：一单位一档须有 调配批复、使用协议、分配使用凭证（暂定）"),
            new Golden(LedgerFindingType.OWNERSHIP_OVERDUE,
                    "建筑 B2 至 2026-01-01 仍未完成权属登记或备案（期限 2025-12-31，逾期 1 天，未测绘，原因：手续不全）",
                    "Building B2 is still neither registered nor filed on 2026-01-01 (deadline 2025-12-31, 1 day overdue, not surveyed, reason: 手续不全)",
                    "{\"status\":\"UNREGISTERED\",\"reason\":\"手续不全\",\"surveyed\":false,\"deadline\":\"2025-12-31\",\"as_of\":\"2026-01-01\",\"days_overdue\":1}",
                    "《承德市党政机关办公用房权属登记工作要求》（文号未核实）：2025-12-31 前完成权属登记或备案（暂定）"),
            new Golden(LedgerFindingType.HOLDER_NOT_BUREAU,
                    "建筑 B1 的不动产权证书 冀(2023)示例县不动产权第0000001号 登记在“示例县财政局”名下，而非机关事务管理部门",
                    "Building B1 is registered under certificate 冀(2023)示例县不动产权第0000001号 to 示例县财政局, not to the agency-affairs bureau",
                    "{\"holder\":\"示例县财政局\",\"certificate_number\":\"冀(2023)示例县不动产权第0000001号\",\"use\":\"OFFICE\",\"required_text\":\"机关事务\"}",
                    "《党政机关办公用房管理办法》（中共中央办公厅 国务院办公厅 2017年印发）第三章 权属管理：权利人为机关事务管理部门（名称含“机关事务”）"),
            new Golden(LedgerFindingType.LEASE_WITHOUT_APPROVAL,
                    "单位 JGSW 将建筑 B3 的 50 m² 出租给某商户（2025-03-15 至 2027-03-15，年租金 12,000 元），未经审批",
                    "Unit JGSW let 50 m² of building B3 to 某商户 (2025-03-15 to 2027-03-15, 12,000 yuan a year), without approval",
                    "{\"terms\":{\"direction\":\"OUT\",\"counterparty\":\"某商户\",\"area_m2\":50,\"start\":\"2025-03-15\",\"end\":\"2027-03-15\",\"annual_rent_yuan\":12000,\"approval_number\":\"\"},\"required\":\"LEASE_APPROVAL\"}",
                    "《党政机关办公用房管理办法》（中共中央办公厅 国务院办公厅 2017年印发）第五章 使用管理：出租出借须经审批"),
            new Golden(LedgerFindingType.LEASE_OVERSTAY,
                    "单位 JGSW 将建筑 B3 的 50 m² 出租给某商户（2025-03-15 至 2026-03-14，年租金 12,000 元），租期已届满 1 天，至 2026-03-15 仍被占用",
                    "Unit JGSW let 50 m² of building B3 to 某商户 (2025-03-15 to 2026-03-14, 12,000 yuan a year), ended 1 day ago and is still occupied on 2026-03-15",
                    "{\"terms\":{\"direction\":\"OUT\",\"counterparty\":\"某商户\",\"area_m2\":50,\"start\":\"2025-03-15\",\"end\":\"2026-03-14\",\"annual_rent_yuan\":12000,\"approval_number\":\"批1\"},\"as_of\":\"2026-03-15\",\"days_past_end\":1}",
                    "《党政机关办公用房管理办法》（中共中央办公厅 国务院办公厅 2017年印发）第五章 使用管理：租期届满应收回"),
            new Golden(LedgerFindingType.ORGAN_OFFICE_LEASED,
                    "单位 JGSW 将建筑 B1 的 50 m² 出租给某商户（2025-03-15 至 2027-03-15，年租金 12,000 元），属党政机关办公用房，不得出租出借",
                    "Unit JGSW let 50 m² of building B1 to 某商户 (2025-03-15 to 2027-03-15, 12,000 yuan a year), though it is office space of an organ, which may not be let",
                    "{\"terms\":{\"direction\":\"OUT\",\"counterparty\":\"某商户\",\"area_m2\":50,\"start\":\"2025-03-15\",\"end\":\"2027-03-15\",\"annual_rent_yuan\":12000,\"approval_number\":\"批1\"},\"use\":\"OFFICE\",\"status\":\"REGISTERED\"}",
                    "《党政机关办公用房管理办法》（中共中央办公厅 国务院办公厅 2017年印发）第五章 使用管理：党政机关办公用房不得出租、出借"),
            new Golden(LedgerFindingType.FILED_PROPERTY_LEASED,
                    "单位 U1 将建筑 B4 的 50 m² 出租给某商户（2025-03-15 至 2027-03-15，年租金 12,000 元），该房产为备案房产，使用单位无权出租",
                    "Unit U1 let 50 m² of building B4 to 某商户 (2025-03-15 to 2027-03-15, 12,000 yuan a year), though the property is filed and its user unit may not let it",
                    "{\"terms\":{\"direction\":\"OUT\",\"counterparty\":\"某商户\",\"area_m2\":50,\"start\":\"2025-03-15\",\"end\":\"2027-03-15\",\"annual_rent_yuan\":12000,\"approval_number\":\"批1\"},\"use\":\"BUSINESS\",\"status\":\"FILED\"}",
                    "《常州市党政机关办公用房“七个统一”管理办法》（文号未核实）处置利用：已备案房产不得由使用单位自行出租出借（暂定）"),
            new Golden(LedgerFindingType.AUCTION_LOT_NOT_LET,
                    "单位 JGSW 出租拍卖标的 1号（建筑 B3，50 m²）流拍",
                    "Lot 1号 of unit JGSW (building B3, 50 m²) was unsold",
                    "{\"lot\":\"1号\",\"result\":\"UNSOLD\",\"area_m2\":50}",
                    "《党政机关办公用房管理办法》（中共中央办公厅 国务院办公厅 2017年印发）第五章 使用管理：公开拍卖出租，逐标的记录成交、流拍、撤拍"),
            new Golden(LedgerFindingType.LEASE_IN_WHILE_IDLE,
                    "单位 U1 申请租用 100 m²，而 示例县 有闲置用房 100 m²（R5），应优先调剂",
                    "Unit U1 rents 100 m² while 示例县 has 100 m² of idle rooms (R5), which should be reallocated first",
                    "{\"requested_m2\":100,\"idle_m2\":100,\"district\":\"示例县\",\"idle_room_ids\":[\"R5\"],\"sufficient_percent\":100}",
                    "《杭州市党政机关租用办公用房管理规定》（文号未核实）调剂优先：同一片区闲置面积达到申请面积的 100% 时应先调剂"),
            new Golden(LedgerFindingType.LEASE_IN_RENT_ABOVE_CEILING,
                    "单位 U1 租用 100 m²，年租金 72,000.01 元，每平方米 720 元/年，超过标准 720 元/年",
                    "Unit U1 rents 100 m² for 72,000.01 yuan a year, 720 yuan per m², above the ceiling of 720 yuan per m²",
                    "{\"area_m2\":100,\"annual_rent_yuan\":72000.01,\"rent_per_square_metre_yuan\":720.00,\"ceiling_yuan\":720}",
                    "《杭州市党政机关租用办公用房管理规定》（文号未核实）租金标准：年租金每平方米不超过 720 元（暂定）"),
            new Golden(LedgerFindingType.LEASE_IN_TECHNICAL_NO_STANDARD,
                    "单位 U1 租用 EXT1 100 m²（2026-03-15 起，年租金 0 元）作业务技术用房，无相应建设标准文件",
                    "Unit U1 rents 100 m² in EXT1 (from 2026-03-15, 0 yuan a year) as technical rooms, with no standard document for them",
                    "{\"terms\":{\"direction\":\"IN\",\"counterparty\":\"某公司\",\"area_m2\":100,\"start\":\"2026-03-15\",\"end\":\"2029-03-15\",\"annual_rent_yuan\":0,\"approval_number\":\"批1\"},\"required\":\"TECHNICAL_STANDARD\"}",
                    "《杭州市党政机关租用办公用房管理规定》（文号未核实）业务技术用房：租用业务技术用房须有相应建设标准文件"),
            new Golden(LedgerFindingType.IDLE_WITHOUT_REASON,
                    "房间 R1（18 m²）自 2025-09-14 起闲置，超过 6 个月且无说明；建议转为公共服务用途",
                    "Room R1 (18 m²) stands idle since 2025-09-14, beyond 6 months with no reason; recommended: conversion to public use",
                    "{\"idle_since\":\"2025-09-14\",\"limit_months\":6,\"area_m2\":18,\"whole_building\":false,\"recommended\":\"PUBLIC_USE\",\"reallocate_to\":\"\"}",
                    "《Jiguan 办公用房台账核查规则》（Jiguan 默认参数）闲置：闲置超过 6 个月须说明理由；处置顺序 调剂使用、转为公共服务用途、置换、出租或拆除、公开拍卖（暂定）"),
            new Golden(LedgerFindingType.REPAIR_WITHOUT_APPROVAL,
                    "建筑 B1 的中修项目（2026-02-15 开工，1,000 元）未经审批",
                    "The medium repair of building B1 (begun 2026-02-15, 1,000 yuan) has no approval",
                    "{\"kind\":\"MEDIUM\",\"started_on\":\"2026-02-15\",\"cost_yuan\":1000}",
                    "《党政机关办公用房管理办法》（中共中央办公厅 国务院办公厅 2017年印发）第六章 维修管理：大中修项目须经审批"),
            new Golden(LedgerFindingType.REPAIR_TOO_SOON,
                    "建筑 B1 于 2025-03-14 再次大修，距上次大修 X1（2010-03-15）不足 15 年",
                    "Building B1 had a major repair again on 2025-03-14, less than 15 years after X1 (2010-03-15)",
                    "{\"previous_repair_id\":\"X1\",\"previous_started_on\":\"2010-03-15\",\"started_on\":\"2025-03-14\",\"minimum_years\":15}",
                    "《甘肃省党政机关办公用房维修管理办法》（文号未核实）维修周期：两次大修间隔不少于 15 年（暂定）"),
            new Golden(LedgerFindingType.REPAIR_SPLIT,
                    "建筑 B1 在 12 个月内有 2 个维修项目（X1 250,000 元、X2 250,000 元），单项均低于审批限额 500,000 元，合计 500,000 元",
                    "Building B1 had 2 repair projects within 12 months (X1 250,000 yuan, X2 250,000 yuan), each under the 500,000 yuan approval threshold, 500,000 yuan together",
                    "{\"repair_ids\":[\"X1\",\"X2\"],\"costs_yuan\":[250000.00,250000.00],\"total_yuan\":500000.00,\"threshold_yuan\":500000,\"window_months\":12}",
                    "《甘肃省党政机关办公用房维修管理办法》（文号未核实）审批权限：单项 500,000 元以上须审批；12 个月内同一建筑的项目合并计算（暂定）"),
            new Golden(LedgerFindingType.SAFETY_RELOCATION,
                    "建筑 B1（2025 年建成）于 2026-03-14 鉴定为 C级，需搬迁，可作为新配置办公用房的依据",
                    "Building B1 (built 2025) was appraised grade C on 2026-03-14: its users need relocating, a ground for new allocation",
                    "{\"grade\":\"C\",\"appraised_on\":\"2026-03-14\",\"built_year\":2025}",
                    "《黑龙江省党政机关办公用房管理实施办法》（文号未核实）配置管理：经鉴定为 C级 的危房，可申请新配置办公用房"),
            new Golden(LedgerFindingType.SAFETY_APPRAISAL_OVERDUE,
                    "建筑 B1（1996 年建成，办公）应于 2026-01-01 前完成安全鉴定，从未鉴定",
                    "Building B1 (built 1996, office) was due a safety appraisal by 2026-01-01, never appraised",
                    "{\"built_year\":1996,\"age_years\":30,\"use\":\"OFFICE\",\"last_appraisal\":null,\"due_on\":\"2026-01-01\",\"age_threshold\":30,\"interval_years\":5}",
                    "《Jiguan 办公用房台账核查规则》（Jiguan 默认参数）安全鉴定：建成满 30 年的建筑每 5 年至少鉴定一次（暂定）"),
            new Golden(LedgerFindingType.ENERGY_RISE,
                    "单位 U1 2025 年人均用水量 10.00 → 10.01 吨/人，同比上升 0.10%，超过目标 0%",
                    "Unit U1: water per head rose from 10.00 to 10.01 t per head in 2025, 0.10% against a target of 0%",
                    "{\"metric\":\"WATER_PER_HEAD\",\"year\":2025,\"previous\":10.00,\"current\":10.01,\"rise_percent\":0.10,\"max_rise_percent\":0}",
                    "《Jiguan 办公用房台账核查规则》（Jiguan 默认参数）节约型机关：人均用水量、单位建筑面积能耗同比上升不超过 0%（暂定）"),
            new Golden(LedgerFindingType.RETROFIT_PAYBACK_LONG,
                    "单位 U1 建筑 B1 节能改造投资 15,000.01 元，年节约 1,000 元，回收期约 15.0 年，超过 15 年",
                    "Unit U1, building B1: a retrofit of 15,000.01 yuan saves 1,000 yuan a year, a payback of about 15.0 years, beyond 15 years",
                    "{\"cost_yuan\":15000.01,\"annual_saving_yuan\":1000,\"payback_years\":15.0,\"max_years\":15}",
                    "《Jiguan 办公用房台账核查规则》（Jiguan 默认参数）节约型机关：节能改造投资回收期不超过 15 年（暂定）"));

    static Finding sample(LedgerFindingType type) {
        LedgerCase c = LedgerCases.all(LedgerThresholdTest.FIGURES, LedgerThresholdTest.AS_OF).stream()
                .filter(x -> x.isReported() && x.rule().equals(type.code())).findFirst().orElseThrow();
        return LedgerThresholdTest.AUDIT.run(c.ledger(), c.unitRooms(), c.asOf()).findings().get(0);
    }

    @TestFactory
    Stream<DynamicTest> eachTypeReadsAsWritten() {
        return GOLDEN.stream().map(g -> DynamicTest.dynamicTest(g.type().code(), () -> {
            Finding f = sample(g.type());
            assertEquals(g.type(), f.type());
            assertEquals(g.zh(), f.sentence(Language.ZH));
            assertEquals(g.en(), f.sentence(Language.EN));
            assertEquals(g.json(), EvidenceJson.of(f.evidence()));
            assertEquals(g.rule(), f.rule().toString());
        }));
    }

    @Test
    void everyTypeHasItsGoldenText() {
        assertEquals(List.of(LedgerFindingType.values()), GOLDEN.stream().map(Golden::type).toList());
    }
}
