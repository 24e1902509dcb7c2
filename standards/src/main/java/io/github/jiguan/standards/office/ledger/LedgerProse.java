package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.finding.Prose;
import io.github.jiguan.core.office.DocumentKind;
import java.math.BigDecimal;
import java.util.List;

/** The sentences of the ledger audit's findings, in Chinese and English, made from their evidence. */
final class LedgerProse {

    private LedgerProse() {
    }

    static String sentence(LedgerFindingType type, Finding f, Language l) {
        return switch (type) {
            case LEDGER_ROOM_MISSING, LEDGER_ROOM_DIFFERS, CERTIFICATE_AREA_MISMATCH, DOCUMENT_MISSING -> matches(type, f, l);
            case UNKNOWN_REFERENCE -> reference(f, l);
            case OWNERSHIP_OVERDUE, HOLDER_NOT_BUREAU -> ownership(type, f, l);
            case LEASE_WITHOUT_APPROVAL, LEASE_OVERSTAY, ORGAN_OFFICE_LEASED, FILED_PROPERTY_LEASED, AUCTION_LOT_NOT_LET,
                 LEASE_IN_WHILE_IDLE, LEASE_IN_RENT_ABOVE_CEILING, LEASE_IN_TECHNICAL_NO_STANDARD -> LeaseProse.sentence(type, f, l);
            case IDLE_WITHOUT_REASON -> idle(f, l);
            case REPAIR_WITHOUT_APPROVAL, REPAIR_TOO_SOON, REPAIR_SPLIT -> repairs(type, f, l);
            case SAFETY_RELOCATION, SAFETY_APPRAISAL_OVERDUE -> safety(type, f, l);
            case ENERGY_RISE, RETROFIT_PAYBACK_LONG -> energy(type, f, l);
        };
    }

    static String room(Finding f) {
        return f.subjects().roomIds().isEmpty() ? "" : f.subjects().roomIds().get(0);
    }

    static String building(Finding f) {
        return f.subjects().buildingId().orElse("");
    }

    static String unit(Finding f) {
        return f.subjects().agencyId().orElse("");
    }

    private static String matches(LedgerFindingType type, Finding f, Language l) {
        switch (type) {
            case LEDGER_ROOM_MISSING -> {
                LedgerEvidence.RoomMissing e = f.evidence(LedgerEvidence.RoomMissing.class);
                boolean master = e.side() == LedgerEvidence.Side.MASTER_ONLY;
                return l.pick("房间 " + room(f) + "（单位 " + unit(f) + "，" + e.use().chineseName() + "，"
                                + Prose.area(e.usableArea()) + "）" + (master ? "在总台账中登记，单位台账中没有"
                                : "在单位台账中登记，总台账中没有"),
                        "Room " + room(f) + " (unit " + unit(f) + ", " + Prose.words(e.use()) + ", "
                                + Prose.area(e.usableArea()) + ") is in the " + (master ? "bureau's master ledger but not"
                                + " in the unit's" : "unit's ledger but not in the bureau's master ledger"));
            }
            case LEDGER_ROOM_DIFFERS -> {
                LedgerEvidence.RoomDiffers e = f.evidence(LedgerEvidence.RoomDiffers.class);
                List<String> zh = e.differences().stream().map(d -> fieldZh(d.field()) + " " + valueZh(d.field(),
                        d.master()) + " / " + valueZh(d.field(), d.unit())).toList();
                List<String> en = e.differences().stream().map(d -> d.field() + " " + d.master() + " / " + d.unit())
                        .toList();
                return l.pick("房间 " + room(f) + " 两本台账登记不一致（总台账 / 单位台账）：" + Prose.list(zh, l),
                        "Room " + room(f) + " is recorded differently (master / unit): " + Prose.list(en, l));
            }
            case CERTIFICATE_AREA_MISMATCH -> {
                LedgerEvidence.CertificateMismatch e = f.evidence(LedgerEvidence.CertificateMismatch.class);
                return l.pick("建筑 " + building(f) + " 台账建筑面积 " + Prose.area(e.ledgerArea()) + "，不动产权证书 "
                                + e.certificateNumber() + " 证载 " + Prose.area(e.certificateArea()) + "，相差 "
                                + Prose.area(e.difference()) + "，超过容差 " + Prose.area(e.tolerance()) + "（"
                                + e.tolerancePercent().toPlainString() + "%）",
                        "Building " + building(f) + " has " + Prose.area(e.ledgerArea()) + " in the ledger but "
                                + Prose.area(e.certificateArea()) + " on certificate " + e.certificateNumber() + ", "
                                + Prose.area(e.difference()) + " apart, beyond the tolerance of "
                                + Prose.area(e.tolerance()) + " (" + e.tolerancePercent().toPlainString() + "%)");
            }
            default -> {
                LedgerEvidence.DocumentsMissing e = f.evidence(LedgerEvidence.DocumentsMissing.class);
                boolean unitFile = e.scope() == LedgerEvidence.FileScope.UNIT;
                String whoZh = unitFile ? "单位 " + unit(f) + " 的档案（一单位一档）" : "建筑 " + building(f) + " 的档案（一房一档）";
                String whoEn = unitFile ? "The file of unit " + unit(f) : "The file of building " + building(f);
                return l.pick(whoZh + "缺少" + Prose.list(e.missing().stream().map(DocumentKind::chineseName).toList(), l),
                        whoEn + " lacks the " + Prose.list(e.missing().stream().map(DocumentKind::englishName).toList(), l));
            }
        }
    }

    private static String reference(Finding f, Language l) {
        LedgerEvidence.UnknownReference e = f.evidence(LedgerEvidence.UnknownReference.class);
        String file = e.record() == LedgerEvidence.Record.ENERGY ? "energy.csv"
                : e.record().name().toLowerCase(java.util.Locale.ROOT) + "s.csv";
        String[] target = switch (e.field()) {
            case "agency_id" -> new String[] {"单位", "单位表（units.csv）", "unit", "units.csv"};
            case "room_ids" -> new String[] {"房间", "房间表（rooms.csv）", "room", "rooms.csv"};
            default -> new String[] {"建筑", "建筑表（buildings.csv）", "building", "buildings.csv"};
        };
        return l.pick(file + " 中的 " + e.recordId() + " 引用的" + target[0] + " " + e.value() + " 未在" + target[1]
                        + "中登记，相关规则无法核查",
                e.recordId() + " of " + file + " names " + target[2] + " " + e.value() + ", which " + target[3]
                        + " does not hold; the rules that need it could not be applied");
    }

    private static String ownership(LedgerFindingType type, Finding f, Language l) {
        if (type == LedgerFindingType.OWNERSHIP_OVERDUE) {
            LedgerEvidence.OwnershipOverdue e = f.evidence(LedgerEvidence.OwnershipOverdue.class);
            String reasonZh = e.reason().isEmpty() ? "未说明原因" : "原因：" + e.reason();
            String reasonEn = e.reason().isEmpty() ? "no reason given" : "reason: " + e.reason();
            return l.pick("建筑 " + building(f) + " 至 " + e.asOf() + " 仍未完成权属登记或备案（期限 " + e.deadline()
                            + "，逾期 " + e.daysOverdue() + " 天，" + (e.surveyed() ? "已测绘" : "未测绘") + "，" + reasonZh + "）",
                    "Building " + building(f) + " is still neither registered nor filed on " + e.asOf() + " (deadline "
                            + e.deadline() + ", " + days(e.daysOverdue()) + " overdue, " + (e.surveyed() ? "surveyed"
                            : "not surveyed") + ", " + reasonEn + ")");
        }
        LedgerEvidence.HolderMismatch e = f.evidence(LedgerEvidence.HolderMismatch.class);
        return l.pick("建筑 " + building(f) + " 的不动产权证书 " + e.certificateNumber() + " 登记在“" + e.holder()
                        + "”名下，而非机关事务管理部门",
                "Building " + building(f) + " is registered under certificate " + e.certificateNumber() + " to "
                        + e.holder() + ", not to the agency-affairs bureau");
    }

    private static String idle(Finding f, Language l) {
        LedgerEvidence.IdleSpace e = f.evidence(LedgerEvidence.IdleSpace.class);
        String what = e.wholeBuilding() ? l.pick("建筑 " + building(f) + " 全部 " + f.subjects().roomIds().size() + " 个房间",
                "All " + f.subjects().roomIds().size() + " rooms of building " + building(f))
                : l.pick("房间 " + room(f), "Room " + room(f));
        String since = e.idleSince().map(d -> l.pick("自 " + d + " 起闲置", " idle since " + d))
                .orElse(l.pick("闲置（台账未记闲置起始日期）", " idle (the ledger gives no start date)"));
        String to = e.reallocateTo().isEmpty() ? "" : l.pick("给单位 " + e.reallocateTo(), " to unit " + e.reallocateTo());
        return l.pick(what + "（" + Prose.area(e.area()) + "）" + since + "，超过 " + e.limitMonths() + " 个月且无说明；建议"
                        + e.recommended().chineseName() + to,
                what + " (" + Prose.area(e.area()) + ") " + (e.wholeBuilding() ? "stand" : "stands") + since
                        + ", beyond " + e.limitMonths() + " months with no reason; recommended: "
                        + e.recommended().englishName() + to);
    }

    private static String repairs(LedgerFindingType type, Finding f, Language l) {
        switch (type) {
            case REPAIR_WITHOUT_APPROVAL -> {
                LedgerEvidence.RepairFacts e = f.evidence(LedgerEvidence.RepairFacts.class);
                return l.pick("建筑 " + building(f) + " 的" + e.kind().chineseName() + "项目（" + e.startedOn() + " 开工，"
                                + Prose.yuan(e.costYuan(), l) + "）未经审批",
                        "The " + Prose.words(e.kind()) + " repair of building " + building(f) + " (begun " + e.startedOn()
                                + ", " + Prose.yuan(e.costYuan(), l) + ") has no approval");
            }
            case REPAIR_TOO_SOON -> {
                LedgerEvidence.RepairTooSoon e = f.evidence(LedgerEvidence.RepairTooSoon.class);
                return l.pick("建筑 " + building(f) + " 于 " + e.startedOn() + " 再次大修，距上次大修 " + e.previousRepairId()
                                + "（" + e.previousStartedOn() + "）不足 " + e.minimumYears() + " 年",
                        "Building " + building(f) + " had a major repair again on " + e.startedOn() + ", less than "
                                + e.minimumYears() + " years after " + e.previousRepairId() + " (" + e.previousStartedOn() + ")");
            }
            default -> {
                LedgerEvidence.RepairSplit e = f.evidence(LedgerEvidence.RepairSplit.class);
                List<String> parts = new java.util.ArrayList<>();
                for (int i = 0; i < e.repairIds().size(); i++) {
                    parts.add(e.repairIds().get(i) + " " + Prose.yuan(e.costsYuan().get(i), l));
                }
                return l.pick("建筑 " + building(f) + " 在 " + e.windowMonths() + " 个月内有 " + e.repairIds().size()
                                + " 个维修项目（" + Prose.list(parts, l) + "），单项均低于审批限额 "
                                + Prose.yuan(e.thresholdYuan(), l) + "，合计 " + Prose.yuan(e.totalYuan(), l),
                        "Building " + building(f) + " had " + e.repairIds().size() + " repair projects within "
                                + e.windowMonths() + " months (" + Prose.list(parts, l) + "), each under the "
                                + Prose.yuan(e.thresholdYuan(), l) + " approval threshold, " + Prose.yuan(e.totalYuan(), l)
                                + " together");
            }
        }
    }

    private static String safety(LedgerFindingType type, Finding f, Language l) {
        if (type == LedgerFindingType.SAFETY_RELOCATION) {
            LedgerEvidence.Unsafe e = f.evidence(LedgerEvidence.Unsafe.class);
            return l.pick("建筑 " + building(f) + "（" + e.builtYear() + " 年建成）于 " + e.appraisedOn() + " 鉴定为 "
                            + e.grade().chineseName() + "，需搬迁，可作为新配置办公用房的依据",
                    "Building " + building(f) + " (built " + e.builtYear() + ") was appraised grade " + e.grade()
                            + " on " + e.appraisedOn() + ": its users need relocating, a ground for new allocation");
        }
        LedgerEvidence.AppraisalOverdue e = f.evidence(LedgerEvidence.AppraisalOverdue.class);
        String lastZh = e.lastAppraisal().map(d -> "上次鉴定 " + d).orElse("从未鉴定");
        String lastEn = e.lastAppraisal().map(d -> "last appraised " + d).orElse("never appraised");
        return l.pick("建筑 " + building(f) + "（" + e.builtYear() + " 年建成，" + e.use().chineseName() + "）应于 " + e.dueOn()
                        + " 前完成安全鉴定，" + lastZh,
                "Building " + building(f) + " (built " + e.builtYear() + ", " + Prose.words(e.use())
                        + ") was due a safety appraisal by " + e.dueOn() + ", " + lastEn);
    }

    private static String energy(LedgerFindingType type, Finding f, Language l) {
        String who = f.subjects().buildingId().map(b -> l.pick("单位 " + unit(f) + " 建筑 " + b, "Unit " + unit(f)
                + ", building " + b)).orElse(l.pick("单位 " + unit(f), "Unit " + unit(f)));
        if (type == LedgerFindingType.ENERGY_RISE) {
            LedgerEvidence.EnergyRise e = f.evidence(LedgerEvidence.EnergyRise.class);
            boolean water = e.metric() == LedgerEvidence.Metric.WATER_PER_HEAD;
            String unitZh = water ? " 吨/人" : " kgce/m²";
            String unitEn = water ? " t per head" : " kgce/m²";
            return l.pick(who + " " + e.year() + " 年" + (water ? "人均用水量" : "单位建筑面积能耗") + " "
                            + plain(e.previous()) + " → " + plain(e.current()) + unitZh + "，同比上升 "
                            + plain(e.risePercent()) + "%，超过目标 " + plain(e.maxRisePercent()) + "%",
                    who + ": " + (water ? "water per head" : "energy per m²") + " rose from " + plain(e.previous())
                            + " to " + plain(e.current()) + unitEn + " in " + e.year() + ", " + plain(e.risePercent())
                            + "% against a target of " + plain(e.maxRisePercent()) + "%");
        }
        LedgerEvidence.Payback e = f.evidence(LedgerEvidence.Payback.class);
        String yearsZh = e.paybackYears().map(y -> "回收期约 " + plain(y) + " 年").orElse("无节约，无法收回");
        String yearsEn = e.paybackYears().map(y -> "a payback of about " + plain(y) + " years").orElse("no saving, so it never pays back");
        return l.pick(who + " 节能改造投资 " + Prose.yuan(e.costYuan(), l) + "，年节约 " + Prose.yuan(e.annualSavingYuan(), l)
                        + "，" + yearsZh + "，超过 " + plain(e.maxYears()) + " 年",
                who + ": a retrofit of " + Prose.yuan(e.costYuan(), l) + " saves " + Prose.yuan(e.annualSavingYuan(), l)
                        + " a year, " + yearsEn + ", beyond " + plain(e.maxYears()) + " years");
    }

    /** The Chinese name of a rooms.csv column the two ledgers are compared on. */
    private static String fieldZh(String field) {
        return switch (field) {
            case "usable_area_m2" -> "使用面积";
            case "use" -> "用途";
            case "status" -> "状态";
            case "agency_id" -> "使用单位";
            case "building" -> "建筑";
            default -> field;
        };
    }

    /** A compared value as an inspector reads it: the Chinese name of a use or a status, else as written. */
    private static String valueZh(String field, String value) {
        return switch (field) {
            case "use" -> io.github.jiguan.core.office.RoomUse.parse(value).chineseName();
            case "status" -> io.github.jiguan.core.office.RoomStatus.parse(value).chineseName();
            case "usable_area_m2" -> value + " m²";
            default -> value;
        };
    }

    /** {@code 1 day}, {@code 90 days}. */
    static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }

    static String plain(BigDecimal d) {
        return d.toPlainString();
    }
}
