package io.github.jiguan.core.fleet;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;

/**
 * 号牌: a Chinese motor-vehicle licence plate (GA 36), held in normal form without separators.
 *
 * <p>Accepted shapes, after {@link #normalise(String)}:
 * <ul>
 *   <li>ordinary, 7 characters: province abbreviation, issuing-authority letter, five serial
 *       characters (digits and letters other than I and O), such as {@code 冀H12345};</li>
 *   <li>new energy, 8 characters: a small vehicle's serial starts with one of A–H, J, K
 *       ({@code 粤BD12345}), a large vehicle's ends with one ({@code 粤B12345D});</li>
 *   <li>suffixed, 7 characters: four serial characters and one of 警 学 挂 使 领 试 超 港 澳,
 *       such as {@code 京A1234警};</li>
 *   <li>embassy, 7 characters: {@code 使} and six digits, such as {@code 使014578}.</li>
 * </ul>
 *
 * @param value the plate in normal form, such as {@code 粤BD12345}
 */
public record Plate(String value) {

    /** The 31 province-level abbreviations of mainland China. */
    public static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    private static final String SEPARATORS = "·•・‧∙⋅･.-_ \t\u3000";

    /** Validates that {@code value} is a plate in normal form. */
    public Plate {
        Checks.notNull("plate", value);
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidValueException("plate", problem, value);
        }
    }

    /**
     * Parses a plate as people write it: separators such as {@code ·}, spaces and hyphens are
     * removed, full-width letters and digits become ASCII and letters become upper case.
     *
     * @throws InvalidValueException naming the expected shape when the text is not a plate
     */
    public static Plate of(String text) {
        Checks.notNull("plate", text);
        return new Plate(normalise(text));
    }

    /** Whether {@code text} parses as a plate. */
    public static boolean isValid(String text) {
        return text != null && problem(normalise(text)) == null;
    }

    /**
     * The normal form of a plate's text: no separators or spaces, ASCII upper-case letters and
     * digits. It does not validate; applying it twice gives the same result as once.
     */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Fold full-width forms first, so that a full-width separator is dropped like its ASCII twin.
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            if (SEPARATORS.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The province abbreviation, or {@code 使} for an embassy plate without one. */
    public char province() {
        return value.charAt(0);
    }

    /** The kind of plate. */
    public PlateKind kind() {
        if (value.charAt(0) == '使') {
            return PlateKind.EMBASSY;
        }
        if (value.length() == 8) {
            return PlateKind.NEW_ENERGY;
        }
        PlateKind suffixed = PlateKind.fromSuffix(value.charAt(6));
        return suffixed == null ? PlateKind.ORDINARY : suffixed;
    }

    /** Whether this is a new-energy plate. */
    public boolean isNewEnergy() {
        return kind() == PlateKind.NEW_ENERGY;
    }

    /** The plate as printed, with a middle dot after the authority letter: {@code 粤B·D12345}. */
    public String display() {
        if (value.charAt(0) == '使') {
            return value;
        }
        return value.substring(0, 2) + "·" + value.substring(2);
    }

    /** The normal form, such as {@code 粤BD12345}. */
    @Override
    public String toString() {
        return value;
    }

    private static String problem(String v) {
        if (v.length() == 7 && v.charAt(0) == '使') {
            return allDigits(v, 1, 7) ? null : "must be 使 followed by six digits for an embassy plate";
        }
        if (v.length() != 7 && v.length() != 8) {
            return "must have 7 characters (冀H12345) or 8 for new energy (粤B·D12345), had " + v.length();
        }
        if (PROVINCES.indexOf(v.charAt(0)) < 0) {
            return "must start with a province abbreviation (one of " + PROVINCES + ")";
        }
        char authority = v.charAt(1);
        if (authority < 'A' || authority > 'Z' || authority == 'I') {
            return "must have an issuing-authority letter A-Z (not I) in position 2";
        }
        return v.length() == 8 ? newEnergyProblem(v) : sevenCharProblem(v);
    }

    private static String sevenCharProblem(String v) {
        char last = v.charAt(6);
        if (PlateKind.fromSuffix(last) != null) {
            return allSerial(v, 2, 6) ? null : "must have four serial characters (digits, letters but I and O) before the suffix";
        }
        return allSerial(v, 2, 7) ? null : "must have five serial characters (digits, letters but I and O) after the authority letter";
    }

    private static String newEnergyProblem(String v) {
        boolean small = isEnergyLetter(v.charAt(2)) && isSerial(v.charAt(3)) && allDigits(v, 4, 8);
        boolean large = allDigits(v, 2, 7) && isEnergyLetter(v.charAt(7));
        return small || large ? null
                : "must be a new-energy plate: energy letter (A-H, J, K) then five characters ending in four digits, or five digits then the energy letter";
    }

    private static boolean isEnergyLetter(char c) {
        return (c >= 'A' && c <= 'H') || c == 'J' || c == 'K';
    }

    private static boolean isSerial(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O');
    }

    private static boolean allSerial(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSerial(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
