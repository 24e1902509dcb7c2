package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.Checks;


/**
 * The tier of the configuration standard a vehicle was approved under (配备档次). Only 执法执勤用车
 * has tiers above {@link #STANDARD} in the 2017 measures; a vehicle whose approval is not recorded
 * is held to the standard tier.
 */
public enum ConfigurationTier {
    /** 一般: the category's ordinary ceiling. */
    STANDARD("一般"),
    /** 确因工作需要: where the work requires it (执法执勤 1.8 L / 180,000). */
    WHERE_NEEDED("确因工作需要"),
    /** 特殊情况 中型以下客车: small and medium buses in special cases (3.0 L / 250,000). */
    SPECIAL_MEDIUM_BUS("特殊情况中型以下客车"),
    /** 特殊情况 大型客车: large buses in special cases (450,000). */
    SPECIAL_LARGE_BUS("特殊情况大型客车");

    private final String chineseName;

    ConfigurationTier(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 确因工作需要. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a tier from its code or Chinese name. */
    public static ConfigurationTier parse(String text) {
        return Checks.code("configuration tier", ConfigurationTier.class, text, ConfigurationTier::chineseName);
    }
}
