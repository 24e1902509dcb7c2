package io.github.jiguan.core.fleet;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import java.util.Locale;

/**
 * 车辆识别代号: a 17-character vehicle identification number (ISO 3779, GB 16735).
 *
 * <p>{@link #of(String)} checks the alphabet (digits and letters other than I, O and Q) and the
 * check digit in position 9. The check digit detects every single-character change except one
 * between characters with the same transliteration value (A, J and 1, for example), which no
 * check digit of this scheme can detect.
 *
 * @param value the VIN in upper case
 */
public record Vin(String value) {

    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    /** Validates length and alphabet; the check digit is checked by {@link #of(String)}. */
    public Vin {
        Checks.notNull("VIN", value);
        if (value.length() != 17) {
            throw new InvalidValueException("VIN", "must have 17 characters, had " + value.length(), value);
        }
        for (int i = 0; i < 17; i++) {
            if (transliterate(value.charAt(i)) < 0) {
                throw new InvalidValueException("VIN",
                        "must use digits and letters A-Z except I, O and Q; position " + (i + 1) + " is '" + value.charAt(i) + "'",
                        value);
            }
        }
    }

    /**
     * Parses a VIN, ignoring surrounding spaces and letter case, and checks its check digit.
     *
     * @throws InvalidValueException naming the expected check digit when it does not match
     */
    public static Vin of(String text) {
        Vin vin = withoutCheckDigit(text);
        char expected = checkDigit(vin.value);
        if (vin.value.charAt(8) != expected) {
            throw new InvalidValueException("VIN",
                    "has check digit '" + vin.value.charAt(8) + "' in position 9, ISO 3779 gives '" + expected + "'", text);
        }
        return vin;
    }

    /**
     * Parses a VIN without checking the check digit, for vehicles whose VIN does not carry one
     * (some imports). Length and alphabet are still checked.
     */
    public static Vin withoutCheckDigit(String text) {
        Checks.notNull("VIN", text);
        return new Vin(text.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether {@code text} is a VIN with a correct check digit. */
    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * The check digit (position 9) that ISO 3779 gives for the other 16 characters of a
     * 17-character VIN: {@code '0'}–{@code '9'} or {@code 'X'}.
     */
    public static char checkDigit(String seventeen) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = transliterate(seventeen.charAt(i));
            if (v < 0) {
                throw new InvalidValueException("VIN", "must use digits and letters A-Z except I, O and Q", seventeen);
            }
            sum += v * WEIGHTS[i];
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

    /** Whether position 9 holds the check digit ISO 3779 gives. */
    public boolean hasValidCheckDigit() {
        return value.charAt(8) == checkDigit(value);
    }

    /** The world manufacturer identifier, positions 1–3. */
    public String wmi() {
        return value.substring(0, 3);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The ISO 3779 value of a character, or -1 for a character a VIN may not contain. */
    static int transliterate(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> -1;
        };
    }
}
