package io.github.jiguan.standards.vehicle;

/** The findings of the vehicle audit and the fuel disclosure, with their Chinese names. */
public enum VehicleFindingType {
    /** 超标准配备: displacement or price above the category's ceiling. */
    OVER_CONFIGURATION_STANDARD("超标准配备"),
    /** 符合更新条件: the vehicle has served long enough to be replaced. */
    REPLACEMENT_ELIGIBLE("符合更新条件"),
    /** 提前更新: the vehicle left service before it was eligible for replacement. */
    EARLY_REPLACEMENT("提前更新"),
    /** 未标识: no uniform marking and not exempt. */
    MARKING_MISSING("未喷涂统一标识"),
    /** 超编制: a unit's vehicles in a category exceed its quota. */
    OVER_QUOTA("超编制配备"),
    /** 新能源比例不足: a year's purchases have too few new-energy vehicles. */
    NEW_ENERGY_SHARE_BELOW_TARGET("新能源汽车配备比例不足"),
    /** 油耗异常: a month's L/100 km far above the vehicle's own history or its category's median. */
    FUEL_ANOMALY("油耗异常"),
    /** 档案不全: a field a rule needs is missing from the vehicle's dossier, so the rule cannot be checked. */
    RECORD_INCOMPLETE("车辆档案不全");

    private final String chineseName;

    VehicleFindingType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 超标准配备. */
    public String chineseName() {
        return chineseName;
    }
}
