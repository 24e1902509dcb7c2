package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;

/** 用工方式: how a driver of official vehicles is employed. */
public enum DriverEmployment {
    /** 劳务派遣: hired through a labour-dispatch company, as the rules require for new drivers. */
    LABOUR_DISPATCH("劳务派遣"),
    /** 在编: on the unit's own staff. */
    STAFF("在编"),
    /** 借调: seconded from another unit or a subordinate body. */
    SECONDED("借调");

    private final String chineseName;

    DriverEmployment(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 劳务派遣. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a type from its code or its Chinese name. */
    public static DriverEmployment parse(String text) {
        return Checks.code("employment", DriverEmployment.class, text, DriverEmployment::chineseName);
    }
}
