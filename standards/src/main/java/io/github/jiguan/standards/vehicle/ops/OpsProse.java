package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.finding.Prose;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The sentences of the vehicle-operations findings, in Chinese and English, made from their evidence. */
final class OpsProse {

    private OpsProse() {
    }

    static String sentence(OpsFindingType type, Finding f, Language l) {
        String car = f.subjects().vehicleLabel();
        String unit = f.subjects().agencyId().orElse("");
        String who = f.subjects().personLabel();
        return switch (type) {
            case DOSSIER_INCOMPLETE -> dossier(car, f.evidence(OpsEvidence.DossierIncomplete.class), l);
            case UNIT_DOSSIERS_INCOMPLETE -> {
                OpsEvidence.UnitDossiers e = f.evidence(OpsEvidence.UnitDossiers.class);
                yield l.pick("单位 " + unit + " 在用 " + e.vehicles() + " 辆车中 " + e.incomplete().size() + " 辆档案不全（"
                                + Prose.list(e.incomplete(), l) + "）",
                        "Unit " + unit + ": " + e.incomplete().size() + " of " + e.vehicles()
                                + " vehicles in service have incomplete files (" + Prose.list(e.incomplete(), l) + ")");
            }
            case DOCUMENT_EXPIRED -> {
                OpsEvidence.Expiry e = f.evidence(OpsEvidence.Expiry.class);
                yield l.pick(car + " " + e.document().chinese() + "已于 " + e.expiry() + " 到期，至 " + e.asOf() + " 已过期 "
                                + -e.days() + " 天",
                        car + "'s " + e.document().english() + " expired on " + e.expiry() + ", " + days(-e.days())
                                + " before " + e.asOf());
            }
            case DOCUMENT_EXPIRING -> {
                OpsEvidence.Expiry e = f.evidence(OpsEvidence.Expiry.class);
                yield l.pick(car + " " + e.document().chinese() + "将于 " + e.expiry() + " 到期（" + e.days() + " 天后，预警期 "
                                + e.warningDays() + " 天）",
                        car + "'s " + e.document().english() + " expires on " + e.expiry() + " (in " + days(e.days())
                                + "; warned " + days(e.warningDays()) + " ahead)");
            }
            case FUEL_OFF_DESIGNATED, REPAIR_OFF_DESIGNATED -> {
                OpsEvidence.OffDesignated e = f.evidence(OpsEvidence.OffDesignated.class);
                yield l.pick(car + " " + Prose.time(e.time()) + " 在“" + e.place() + "”" + e.kind().chineseName() + " "
                                + Prose.yuan(e.amountYuan(), l) + "（凭证 " + e.costId() + "），定点为“" + e.designated() + "”",
                        car + " paid " + Prose.yuan(e.amountYuan(), l) + " for " + Prose.words(e.kind()) + " at \""
                                + e.place() + "\" on " + Prose.time(e.time()) + " (voucher " + e.costId()
                                + "); the designated place is \"" + e.designated() + "\"");
            }
            case DRIVER_SECONDED -> {
                OpsEvidence.DriverEmploymentEvidence e = f.evidence(OpsEvidence.DriverEmploymentEvidence.class);
                yield l.pick("单位 " + unit + " 驾驶员" + who + "为" + e.employment().chineseName() + "人员，应通过劳务派遣使用",
                        "Unit " + unit + "'s driver " + who + " is " + Prose.words(e.employment())
                                + ", where drivers must come through labour dispatch");
            }
            case LICENCE_EXPIRED_TRIP -> {
                OpsEvidence.LicenceExpired e = f.evidence(OpsEvidence.LicenceExpired.class);
                String order = f.subjects().orderId().orElse("");
                yield l.pick("派车单 " + order + "（" + car + "，" + Prose.time(e.departure()) + " 出车）驾驶员 " + who
                                + "的驾驶证已于 " + e.licenceExpiry() + " 过期 " + e.daysExpired() + " 天",
                        "Order " + order + " (" + car + ", out " + Prose.time(e.departure()) + ") was driven by " + who
                                + " whose licence expired on " + e.licenceExpiry() + ", " + days(e.daysExpired()) + " before");
            }
            case DRIVER_NOT_IN_ROSTER -> {
                OpsEvidence.UnknownDriver e = f.evidence(OpsEvidence.UnknownDriver.class);
                String order = f.subjects().orderId().orElse("");
                yield l.pick("派车单 " + order + "（" + car + "）所列驾驶员 " + e.driverId() + " 不在驾驶员名册中",
                        "Order " + order + " (" + car + ") names driver " + e.driverId() + ", who is not in the roster");
            }
            case RENTAL_UNAPPROVED, RENTAL_OVER_CEILING, RENTAL_NOT_IN_REGISTER -> rental(type, car, unit,
                    f.evidence(OpsEvidence.Rental.class), l);
            case MARKING_BOTH -> {
                OpsEvidence.BothMarkings e = f.evidence(OpsEvidence.BothMarkings.class);
                yield l.pick(car + " 自 " + e.since() + " 起新旧标识并存，至 " + e.until() + " 共 " + e.days() + " 天",
                        car + " has carried old and new markings at once since " + e.since() + ", " + days(e.days())
                                + " to " + e.until());
            }
            case MARKING_LATE -> {
                OpsEvidence.MarkingLate e = f.evidence(OpsEvidence.MarkingLate.class);
                String done = e.markedOn().map(d -> l.pick("于 " + d + " 才完成标识", "was marked only on " + d))
                        .orElse(l.pick("至今未标识", "is still not marked"));
                yield l.pick(car + " " + e.registered() + " 注册登记，应于 " + e.maxDays() + " 日内（至 " + e.deadline() + "）喷涂标识，"
                                + done,
                        car + ", registered on " + e.registered() + ", was due to be marked within " + e.maxDays()
                                + " days (by " + e.deadline() + ") and " + done);
            }
            case AREA_EXIT, LEFT_PARKING_WITHOUT_ORDER -> outside(type, car, f.evidence(OpsEvidence.OutsideArea.class), l);
            case DISPOSAL_CANDIDATE -> disposal(car, f.evidence(OpsEvidence.DisposalCandidate.class), l);
            case TERMINAL_MAINTENANCE -> {
                OpsEvidence.TerminalOffline e = f.evidence(OpsEvidence.TerminalOffline.class);
                String last = e.lastFix().map(t -> l.pick("，最后定位 " + Prose.time(t), "; last fix " + Prose.time(t)))
                        .orElse(l.pick("，期间无定位", "; no fix at all"));
                yield l.pick(car + " 终端 " + e.periodDays() + " 天中离线 " + e.offlineDays() + " 天（超过 " + e.threshold() + " 天）"
                                + last + "，列入维修清单",
                        car + "'s terminal was offline " + e.offlineDays() + " of " + e.periodDays() + " days (over "
                                + e.threshold() + ")" + last + ": on the maintenance list");
            }
            case TERMINAL_CHECK_OVERDUE -> {
                OpsEvidence.TerminalCheck e = f.evidence(OpsEvidence.TerminalCheck.class);
                yield l.pick(car + " 终端" + e.lastChecked().map(d -> "最近一次巡检为 " + d + "，应于 " + e.due().orElseThrow()
                                        + " 前再次巡检").orElse("无巡检或安装记录") + "（每 " + e.intervalMonths() + " 个月一次）",
                        car + "'s terminal " + e.lastChecked().map(d -> "was last checked on " + d + " and was due again by "
                                + e.due().orElseThrow()).orElse("has no check or installation on record") + " (every "
                                + e.intervalMonths() + " months)");
            }
            case COST_RISE -> rise(car, unit, f.evidence(OpsEvidence.CostRise.class), l);
            case COST_UNATTACHED -> {
                OpsEvidence.CostUnattached e = f.evidence(OpsEvidence.CostUnattached.class);
                yield l.pick(car + " " + Prose.time(e.time()) + " " + e.kind().chineseName() + " " + Prose.yuan(e.amountYuan(), l)
                                + "（凭证 " + e.costId() + e.orderId().map(o -> "，派车单 " + o).orElse("") + "）无法关联到行程："
                                + e.reason().chinese(),
                        car + "'s " + Prose.words(e.kind()) + " of " + Prose.yuan(e.amountYuan(), l) + " on "
                                + Prose.time(e.time()) + " (voucher " + e.costId() + e.orderId().map(o -> ", order " + o).orElse("")
                                + ") belongs to no trip: " + e.reason().english());
            }
        };
    }

    private static String dossier(String car, OpsEvidence.DossierIncomplete e, Language l) {
        if (e.noFile()) {
            return l.pick(car + " 无车辆档案", car + " has no vehicle file");
        }
        List<String> items = e.missing().stream().map(m -> l.pick(m.chineseName(), m.englishName())).toList();
        return l.pick(car + " 档案缺少：" + Prose.list(items, l), car + "'s file lacks " + Prose.list(items, l));
    }

    private static String rental(OpsFindingType type, String car, String unit, OpsEvidence.Rental e, Language l) {
        String head = l.pick("单位 " + unit + " 租赁合同 " + e.contractId() + "（" + e.lessor() + "，" + car + "，" + e.first() + " 至 "
                        + e.last() + "，" + Prose.yuan(e.amountYuan(), l) + "）",
                "Unit " + unit + "'s rental " + e.contractId() + " (" + e.lessor() + ", " + car + ", " + e.first() + " to "
                        + e.last() + ", " + Prose.yuan(e.amountYuan(), l) + ")");
        return head + switch (type) {
            case RENTAL_UNAPPROVED -> l.pick("未经审批", " has no approval");
            case RENTAL_OVER_CEILING -> l.pick("超过核定标准 " + Prose.yuan(e.ceilingYuan().orElseThrow(), l),
                    " exceeds its ceiling of " + Prose.yuan(e.ceilingYuan().orElseThrow(), l));
            default -> l.pick("的车辆不在平台车辆名册中，其行程无法与派车单核对",
                    ": the vehicle is not in the register, so its trips are not checked against orders");
        };
    }

    private static String outside(OpsFindingType type, String car, OpsEvidence.OutsideArea e, Language l) {
        String areas = Prose.list(e.areaIds(), l);
        String span = Prose.span(e.first(), e.last());
        String far = Prose.metres(e.maxMetresOutside());
        if (type == OpsFindingType.AREA_EXIT) {
            return l.pick(car + " " + span + " 驶出规定区域（" + areas + "），最远超出 " + far + "，" + e.fixes() + " 个定位点",
                    car + " left its area (" + areas + ") " + span + ", up to " + far + " beyond it, " + e.fixes() + " fixes");
        }
        return l.pick(car + " " + span + " 无派车单离开停放点（" + areas + "）超过 " + Prose.metres(e.alarmMetres()) + "，最远 " + far,
                car + " left its parking place (" + areas + ") by more than " + Prose.metres(e.alarmMetres())
                        + " without an order " + span + ", up to " + far);
    }

    private static String disposal(String car, OpsEvidence.DisposalCandidate e, Language l) {
        List<String> why = e.reasons().stream().map(r -> switch (r) {
            case IDLE -> l.pick("自 " + e.idleFrom().orElseThrow() + " 起连续 " + e.longestIdleDays() + " 天无行程（阈值 "
                    + e.idleDays() + " 天）", "no trip for " + e.longestIdleDays() + " days from " + e.idleFrom().orElseThrow()
                    + " (threshold " + e.idleDays() + ")");
            case AGE -> l.pick(e.registered().orElseThrow() + " 注册，自 " + e.eligibleFrom().orElseThrow() + " 起已达更新年限",
                    "registered on " + e.registered().orElseThrow() + ", past its replacement age since "
                            + e.eligibleFrom().orElseThrow());
            case REPAIRS -> l.pick("近 12 个月维修费 " + Prose.yuan(e.repairsYuan(), l) + "超过车辆价值 "
                    + Prose.yuan(e.valueYuan().orElseThrow(), l) + "的 " + percent(e.repairShare()),
                    "repairs of " + Prose.yuan(e.repairsYuan(), l) + " in 12 months exceed " + percent(e.repairShare())
                            + " of its value of " + Prose.yuan(e.valueYuan().orElseThrow(), l));
        }).toList();
        return l.pick(car + " 建议列入处置：" + String.join("；", why), car + " is a disposal candidate: " + String.join("; ", why));
    }

    private static String rise(String car, String unit, OpsEvidence.CostRise e, Language l) {
        String change = percent(e.change());
        if (!car.isEmpty()) {
            return l.pick(car + " " + e.year() + " 年运行费用 " + Prose.yuan(e.currentYuan(), l) + "，较上年 "
                            + Prose.yuan(e.previousYuan(), l) + "增长 " + change + "（预警线 " + percent(e.threshold()) + "）",
                    car + "'s operating cost in " + e.year() + " was " + Prose.yuan(e.currentYuan(), l) + ", up " + change
                            + " from " + Prose.yuan(e.previousYuan(), l) + " (threshold " + percent(e.threshold()) + ")");
        }
        return l.pick("单位 " + unit + " " + e.year() + " 年车均运行费用 " + Prose.yuan(e.currentYuan(), l) + "（" + e.vehiclesNow()
                        + " 辆），较上年 " + Prose.yuan(e.previousYuan(), l) + "（" + e.vehiclesBefore() + " 辆）增长 " + change
                        + "（预警线 " + percent(e.threshold()) + "）",
                "Unit " + unit + "'s operating cost per vehicle in " + e.year() + " was " + Prose.yuan(e.currentYuan(), l)
                        + " (" + e.vehiclesNow() + " vehicles), up " + change + " from " + Prose.yuan(e.previousYuan(), l)
                        + " (" + e.vehiclesBefore() + " vehicles; threshold " + percent(e.threshold()) + ")");
    }

    /** {@code 1 day}, {@code 2 days}. */
    static String days(long n) {
        return n + (Math.abs(n) == 1 ? " day" : " days");
    }

    /** A share as a percentage with at most one decimal: 0.399 → 39.9%. */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
