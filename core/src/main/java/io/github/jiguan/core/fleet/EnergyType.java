package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;


/** 能源类型: what a vehicle runs on, and whether it counts as new energy (新能源). */
public enum EnergyType {
    /** 汽油. */
    PETROL("汽油", false),
    /** 柴油. */
    DIESEL("柴油", false),
    /** 天然气: compressed or liquefied natural gas. */
    NATURAL_GAS("天然气", false),
    /** 油电混合: a hybrid that cannot be charged from the grid; not new energy. */
    HYBRID("油电混合", false),
    /** 插电式混合动力: plug-in hybrid, new energy. */
    PLUG_IN_HYBRID("插电式混合动力", true),
    /** 增程式: range-extended electric, new energy. */
    RANGE_EXTENDED("增程式", true),
    /** 纯电动: battery electric, new energy. */
    BATTERY_ELECTRIC("纯电动", true),
    /** 燃料电池: fuel cell, new energy. */
    FUEL_CELL("燃料电池", true);

    private final String chineseName;
    private final boolean newEnergy;

    EnergyType(String chineseName, boolean newEnergy) {
        this.chineseName = chineseName;
        this.newEnergy = newEnergy;
    }

    /** The Chinese name, such as 纯电动. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether the type counts as new energy for the purchase-share rule. */
    public boolean isNewEnergy() {
        return newEnergy;
    }

    /** Whether the vehicle has an engine with a displacement. */
    public boolean hasDisplacement() {
        return this != BATTERY_ELECTRIC && this != FUEL_CELL;
    }

    /** Parses a type from its code or its Chinese name. */
    public static EnergyType parse(String text) {
        return Checks.code("energy type", EnergyType.class, text, EnergyType::chineseName);
    }
}
