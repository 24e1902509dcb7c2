package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;

/**
 * The findings of the vehicle audit and the fuel disclosure, with their Chinese and English names
 * and the record of their evidence ({@link VehicleEvidence}).
 */
public enum VehicleFindingType implements Finding.Type {
    /** 超标准配备: displacement or price above the category's ceiling. */
    OVER_CONFIGURATION_STANDARD("超标准配备", "vehicle above the configuration standard",
            VehicleEvidence.OverConfiguration.class),
    /** 符合更新条件: the vehicle has served long enough to be replaced. */
    REPLACEMENT_ELIGIBLE("符合更新条件", "eligible for replacement", VehicleEvidence.Replacement.class),
    /** 提前更新: the vehicle left service before it was eligible for replacement. */
    EARLY_REPLACEMENT("提前更新", "replaced early", VehicleEvidence.Replacement.class),
    /** 未标识: no uniform marking and not exempt. */
    MARKING_MISSING("未喷涂统一标识", "uniform marking missing", VehicleEvidence.MarkingMissing.class),
    /** 超编制: a unit's vehicles in a category exceed its quota. */
    OVER_QUOTA("超编制配备", "vehicles above the quota", VehicleEvidence.OverQuota.class),
    /** 新能源比例不足: a year's purchases have too few new-energy vehicles. */
    NEW_ENERGY_SHARE_BELOW_TARGET("新能源汽车配备比例不足", "new-energy share below target",
            VehicleEvidence.NewEnergyShare.class),
    /** 油耗异常: a month's L/100 km far above the vehicle's own history or its category's median. */
    FUEL_ANOMALY("油耗异常", "fuel consumption anomaly", VehicleEvidence.FuelAnomaly.class),
    /** 档案不全: a field a rule needs is missing from the vehicle's dossier, so the rule cannot be checked. */
    RECORD_INCOMPLETE("车辆档案不全", "vehicle record incomplete", VehicleEvidence.RecordIncomplete.class);

    private final Finding.Names names;

    VehicleFindingType(String chineseName, String englishName, Class<? extends Evidence> evidenceType) {
        this.names = new Finding.Names(chineseName, englishName, evidenceType);
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
        return VehicleProse.sentence(this, finding, language);
    }

    /**
     * Why a month is a fuel anomaly, in words: the comparisons that flagged it, such as
     * 高于本车此前 5 个月中位数 8 L 的 1.5 倍（12 L）. The fuel disclosure prints it in its anomaly column.
     */
    public static String anomalyReason(VehicleEvidence.FuelAnomaly evidence, Language language) {
        return VehicleProse.why(evidence, language);
    }
}
