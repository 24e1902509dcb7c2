package io.github.jiguan.core.fleet;

/** The kind of a licence plate, read from its shape and suffix. */
public enum PlateKind {
    /** 普通号牌: province, authority letter and five serial characters, such as 冀H12345. */
    ORDINARY("普通"),
    /** 新能源号牌: eight characters, such as 粤B·D12345 (small) or 粤B·12345D (large). */
    NEW_ENERGY("新能源"),
    /** 警用号牌: suffix 警. */
    POLICE("警"),
    /** 教练车号牌: suffix 学. */
    COACH("学"),
    /** 挂车号牌: suffix 挂. */
    TRAILER("挂"),
    /** 使馆号牌: suffix or prefix 使. */
    EMBASSY("使"),
    /** 领馆号牌: suffix 领. */
    CONSULATE("领"),
    /** 试验号牌: suffix 试. */
    TEST("试"),
    /** 超限号牌: suffix 超. */
    OVERSIZE("超"),
    /** 港澳入出境号牌: suffix 港. */
    HONG_KONG("港"),
    /** 港澳入出境号牌: suffix 澳. */
    MACAU("澳");

    private final String mark;

    PlateKind(String mark) {
        this.mark = mark;
    }

    /** The suffix character for suffixed kinds, or a Chinese label for the others. */
    public String mark() {
        return mark;
    }

    static PlateKind fromSuffix(char c) {
        for (PlateKind k : values()) {
            if (k.ordinal() > NEW_ENERGY.ordinal() && k.mark.charAt(0) == c) {
                return k;
            }
        }
        return null;
    }
}
