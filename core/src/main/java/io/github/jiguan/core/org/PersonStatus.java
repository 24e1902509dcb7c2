package io.github.jiguan.core.org;

import io.github.jiguan.core.Checks;


/** Whether a person still serves, which decides when their office must be vacated. */
public enum PersonStatus {
    /** 在职: serving. */
    ACTIVE("在职"),
    /** 退休: retired; the office is taken back within one month. */
    RETIRED("退休"),
    /** 调离: transferred away; the office is taken back within one month. */
    TRANSFERRED("调离");

    private final String chineseName;

    PersonStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 退休. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a status from its code or its Chinese name. */
    public static PersonStatus parse(String text) {
        return Checks.code("person status", PersonStatus.class, text, PersonStatus::chineseName);
    }
}
