package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;

/**
 * 费用类别: the kinds of operating cost of a vehicle (单车核算). Per-trip kinds are incurred on a trip
 * and belong to it; the others are the vehicle's over the year.
 */
public enum CostKind {
    /** 燃油费: fuel, at a station. */
    FUEL("燃油费", true),
    /** 充电费: electricity, at a charging point. */
    ELECTRICITY("充电费", true),
    /** 通行费: tolls. */
    TOLL("通行费", true),
    /** 停车费: parking. */
    PARKING("停车费", true),
    /** 出差补助: the driver's meal and travel allowance for a trip. */
    ALLOWANCE("出差补助", true),
    /** 维修费: repairs and maintenance, at a garage. */
    REPAIR("维修费", false),
    /** 保险费: insurance. */
    INSURANCE("保险费", false),
    /** 驾驶员费用: the driver's pay, charged to the vehicle. */
    DRIVER("驾驶员费用", false);

    private final String chineseName;
    private final boolean perTrip;

    CostKind(String chineseName, boolean perTrip) {
        this.chineseName = chineseName;
        this.perTrip = perTrip;
    }

    /** The Chinese name, such as 通行费. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether a cost of this kind is incurred on a trip and must be attached to one. */
    public boolean isPerTrip() {
        return perTrip;
    }

    /** Whether the cost buys energy (fuel or electricity). */
    public boolean isEnergy() {
        return this == FUEL || this == ELECTRICITY;
    }

    /** Parses a kind from its code or its Chinese name. */
    public static CostKind parse(String text) {
        return Checks.code("cost kind", CostKind.class, text, CostKind::chineseName);
    }
}
