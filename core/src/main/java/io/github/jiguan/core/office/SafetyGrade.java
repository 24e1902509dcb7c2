package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;

/** 房屋安全鉴定等级: the grade of a building safety appraisal (A best, D dangerous). */
public enum SafetyGrade {
    /** A级: safe. */
    A("A级"),
    /** B级: safe with minor defects. */
    B("B级"),
    /** C级: part of the structure unsafe. */
    C("C级"),
    /** D级: dangerous as a whole. */
    D("D级");

    private final String chineseName;

    SafetyGrade(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a value from its code (any case) or its Chinese name. */
    public static SafetyGrade parse(String text) {
        return Checks.code("safety grade", SafetyGrade.class, text, SafetyGrade::chineseName);
    }
}
