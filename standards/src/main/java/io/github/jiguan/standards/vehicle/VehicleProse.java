package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.finding.Prose;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The sentences of the vehicle audit's findings, in Chinese and English, made from their evidence. */
final class VehicleProse {

    private VehicleProse() {
    }

    static String sentence(VehicleFindingType type, Finding f, Language l) {
        String car = f.subjects().vehicleLabel();
        String unit = f.subjects().agencyId().orElse("");
        return switch (type) {
            case OVER_CONFIGURATION_STANDARD -> over(car, f.evidence(VehicleEvidence.OverConfiguration.class), l);
            case REPLACEMENT_ELIGIBLE -> {
                VehicleEvidence.Replacement e = f.evidence(VehicleEvidence.Replacement.class);
                yield l.pick(car + " " + served(e, l) + "，自 " + e.eligibleFrom() + " 起符合更新年限",
                        car + " " + served(e, l) + "; eligible for replacement since " + e.eligibleFrom());
            }
            case EARLY_REPLACEMENT -> {
                VehicleEvidence.Replacement e = f.evidence(VehicleEvidence.Replacement.class);
                yield l.pick(car + " 于 " + e.on() + " 退出使用（更新），" + served(e, l) + "，未达更新条件（满 "
                                + e.eligibleFrom() + "）",
                        car + " left service on " + e.on() + " (replaced); " + served(e, l)
                                + ", before it was eligible on " + e.eligibleFrom());
            }
            case MARKING_MISSING -> {
                VehicleEvidence.MarkingMissing e = f.evidence(VehicleEvidence.MarkingMissing.class);
                yield l.pick(car + "（" + e.category().chineseName() + "）未喷涂统一标识，且无免于标识的批准",
                        car + " (" + Prose.words(e.category()) + ") carries no uniform marking and has no exemption");
            }
            case OVER_QUOTA -> {
                VehicleEvidence.OverQuota e = f.evidence(VehicleEvidence.OverQuota.class);
                String none = e.quotaRecorded() ? "" : l.pick("（无编制记录）", " (no quota recorded)");
                yield l.pick("单位 " + unit + " " + e.category().chineseName() + " 在用 " + e.inUse() + " 辆（"
                                + Prose.list(e.vehicleIds(), l) + "），编制 " + e.quota() + " 辆" + none + "，超出 "
                                + (e.inUse() - e.quota()) + " 辆",
                        "Unit " + unit + " has " + e.inUse() + " " + Prose.words(e.category()) + " vehicles in service ("
                                + Prose.list(e.vehicleIds(), l) + ") for a quota of " + e.quota() + none + ", "
                                + (e.inUse() - e.quota()) + " too many");
            }
            case NEW_ENERGY_SHARE_BELOW_TARGET -> {
                VehicleEvidence.NewEnergyShare e = f.evidence(VehicleEvidence.NewEnergyShare.class);
                String share = e.minShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
                yield l.pick("单位 " + unit + " " + e.year() + " 年购置 " + e.purchases() + " 辆"
                                + e.toDate().map(d -> "（截至 " + d + "）").orElse("") + "，其中新能源 " + e.newEnergy()
                                + " 辆，比例低于 " + share,
                        "Unit " + unit + " bought " + e.purchases() + " vehicles in " + e.year()
                                + e.toDate().map(d -> " (to " + d + ")").orElse("") + ", " + e.newEnergy()
                                + " of them new-energy, below " + share);
            }
            case FUEL_ANOMALY -> {
                VehicleEvidence.FuelAnomaly e = f.evidence(VehicleEvidence.FuelAnomaly.class);
                yield l.pick(car + " " + e.month() + " 百公里油耗 " + e.litresPer100Km().toPlainString() + " L：" + why(e, l),
                        car + " used " + e.litresPer100Km().toPlainString() + " L/100 km in " + e.month() + ": " + why(e, l));
            }
            case RECORD_INCOMPLETE -> {
                VehicleEvidence.RecordIncomplete e = f.evidence(VehicleEvidence.RecordIncomplete.class);
                List<String> fields = e.missing().stream().map(m -> l.pick(m.chinese(), m.english())).toList();
                yield l.pick(car + " 档案缺少：" + Prose.list(fields, l), car + "'s record lacks " + Prose.list(fields, l));
            }
        };
    }

    /** Why a month is an anomaly, in words: the comparisons that flagged it. */
    static String why(VehicleEvidence.FuelAnomaly e, Language l) {
        List<String> parts = new ArrayList<>();
        e.ownHistory().ifPresent(c -> parts.add(l.pick("高于本车此前 " + c.samples() + " 个月", "above the vehicle's previous "
                + c.samples() + " months'") + median(c, e.factor(), l)));
        e.categoryMedian().ifPresent(c -> parts.add(l.pick("高于同月同类别其他 " + c.samples() + " 辆车",
                "above the other " + c.samples() + " vehicles of its category that month:") + median(c, e.factor(), l)));
        return String.join(l.pick("；", "; "), parts);
    }

    private static String median(VehicleEvidence.Comparison c, BigDecimal factor, Language l) {
        return l.pick("中位数 " + c.median().toPlainString() + " L 的 " + factor.toPlainString() + " 倍（"
                        + c.limit().stripTrailingZeros().toPlainString() + " L）",
                " median " + c.median().toPlainString() + " L times " + factor.toPlainString() + " ("
                        + c.limit().stripTrailingZeros().toPlainString() + " L)");
    }

    private static String over(String car, VehicleEvidence.OverConfiguration e, Language l) {
        List<String> over = new ArrayList<>();
        if (e.displacementOver()) {
            over.add(l.pick("排气量 " + e.displacementLitres().orElseThrow().toPlainString() + " L 超过 "
                            + e.displacementCeilingLitres().orElseThrow().toPlainString() + " L",
                    "displacement " + e.displacementLitres().orElseThrow().toPlainString() + " L above "
                            + e.displacementCeilingLitres().orElseThrow().toPlainString() + " L"));
        }
        if (e.priceOver()) {
            String ne = e.newEnergySaloonCeiling() ? l.pick("（新能源轿车上限）", " (the new-energy saloon ceiling)") : "";
            over.add(l.pick("价格 " + Prose.yuan(e.priceYuan().orElseThrow(), l) + "超过 " + Prose.yuan(e.priceCeilingYuan(), l) + ne,
                    "price " + Prose.yuan(e.priceYuan().orElseThrow(), l) + " above " + Prose.yuan(e.priceCeilingYuan(), l) + ne));
        }
        String tier = e.tier() == e.tierApplied() ? ""
                : l.pick("（" + e.category().chineseName() + "无“" + e.tier().chineseName() + "”档次，按一般标准核对）",
                        " (" + Prose.words(e.category()) + " has no " + Prose.words(e.tier()) + " tier: checked against the standard one)");
        return l.pick(car + "（" + e.category().chineseName() + "）：" + String.join("；", over) + tier,
                car + " (" + Prose.words(e.category()) + "): " + String.join("; ", over) + tier);
    }

    private static String served(VehicleEvidence.Replacement e, Language l) {
        String km = e.odometerKm().map(k -> l.pick(k.toPlainString() + " 公里", k.toPlainString() + " km"))
                .orElse(l.pick("未知", "unknown"));
        return l.pick("购置于 " + e.purchased() + "，至 " + e.on() + " 已使用 " + e.yearsServed() + " 年 " + e.monthsServed()
                        + " 个月，里程 " + km,
                "bought on " + e.purchased() + ", served " + e.yearsServed() + " years " + e.monthsServed()
                        + " months to " + e.on() + ", odometer " + km);
    }
}
