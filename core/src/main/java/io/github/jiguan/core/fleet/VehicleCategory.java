package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;


/** 公务用车类别: the categories of official vehicles of the 2017 measures (中办发〔2017〕71号). */
public enum VehicleCategory {
    /** 机要通信用车. */
    CONFIDENTIAL_COMMUNICATION("机要通信用车"),
    /** 应急保障用车. */
    EMERGENCY("应急保障用车"),
    /** 执法执勤用车. */
    LAW_ENFORCEMENT("执法执勤用车"),
    /** 特种专业技术用车. */
    SPECIAL_TECHNICAL("特种专业技术用车"),
    /** 实物保障领导用车. */
    LEADER("实物保障领导用车"),
    /** 其他公务用车. */
    GENERAL("其他公务用车");

    private final String chineseName;

    VehicleCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 执法执勤用车. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a category from its code or its Chinese name. */
    public static VehicleCategory parse(String text) {
        return Checks.code("vehicle category", VehicleCategory.class, text, VehicleCategory::chineseName);
    }
}
