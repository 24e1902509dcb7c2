package io.github.jiguan.core.track;

/** The ignition (ACC) state a terminal reported with a fix; many exports leave it out. */
public enum Acc {
    /** Ignition on. */
    ON,
    /** Ignition off. */
    OFF,
    /** Not reported. */
    UNKNOWN;

    /** {@code 1} → ON, {@code 0} → OFF, empty or null → UNKNOWN, as in fixes.csv. */
    public static Acc fromFlag(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        return switch (text.strip()) {
            case "1" -> ON;
            case "0" -> OFF;
            default -> throw new io.github.jiguan.core.InvalidValueException("acc", "must be 1, 0 or empty", text);
        };
    }
}
