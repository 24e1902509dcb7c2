package io.github.jiguan.telematics.jt808.message;

import java.util.Optional;

/** The result codes of the general responses 0x0001 and 0x8001. */
public enum GeneralResult {
    /** 0 成功/确认. */
    SUCCESS(0),
    /** 1 失败. */
    FAILURE(1),
    /** 2 消息有误. */
    MESSAGE_ERROR(2),
    /** 3 不支持. */
    UNSUPPORTED(3),
    /** 4 报警处理确认 (0x8001 only). */
    ALARM_CONFIRMED(4);

    private final int code;

    GeneralResult(int code) {
        this.code = code;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /** The result with wire code {@code code}, if defined. */
    public static Optional<GeneralResult> fromCode(int code) {
        for (GeneralResult r : values()) {
            if (r.code == code) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
