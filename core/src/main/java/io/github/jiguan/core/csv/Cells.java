package io.github.jiguan.core.csv;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses the text of CSV cells into values, throwing {@link InvalidValueException} that names the
 * field and the expected form, such as {@code "created_at must be an ISO-8601 time with offset such
 * as 2025-01-06T09:21:00+08:00: "2025/1/6 9:00""}. Used with {@link CsvRow#required} and
 * {@link CsvRow#optional} by every format adapter, so that the accepted forms and the messages are
 * the same in every file. Empty text means absent where a method says so. Stateless; thread-safe.
 */
public final class Cells {

    private Cells() {
    }

    /** Whether the text is null or blank: an absent optional field. */
    public static boolean isAbsent(String text) {
        return text == null || text.isBlank();
    }

    /** The first year a time may be in: earlier years are typing errors, not fleet data. */
    public static final int FIRST_YEAR = 1900;
    /** The last year a time may be in; later years (up to +999999999 in ISO-8601) overflow epoch milliseconds. */
    public static final int LAST_YEAR = 9999;

    /**
     * An ISO-8601 time with offset, such as {@code 2025-01-06T09:21:00+08:00}, in the years
     * {@value #FIRST_YEAR} to {@value #LAST_YEAR}, so that every accepted time has epoch milliseconds.
     */
    public static Instant instant(String field, String text) {
        String t = Checks.notBlank(field, text);
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field,
                    "must be an ISO-8601 time with offset such as 2025-01-06T09:21:00+08:00", text);
        }
        if (time.getYear() < FIRST_YEAR || time.getYear() > LAST_YEAR) {
            throw new InvalidValueException(field, "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR, text);
        }
        return time.toInstant();
    }

    /** As {@link #instant(String, String)}, or empty when the text is empty. */
    public static Optional<Instant> optionalInstant(String field, String text) {
        return isAbsent(text) ? Optional.empty() : Optional.of(instant(field, text));
    }

    /** An ISO-8601 date, such as {@code 2025-01-06}. */
    public static LocalDate date(String field, String text) {
        String t = Checks.notBlank(field, text);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an ISO-8601 date such as 2025-01-06", text);
        }
    }

    /** As {@link #date(String, String)}, or empty when the text is empty. */
    public static Optional<LocalDate> optionalDate(String field, String text) {
        return isAbsent(text) ? Optional.empty() : Optional.of(date(field, text));
    }

    /**
     * A number in decimal notation as exact {@link BigDecimal}: an optional sign, digits and an
     * optional fraction ({@code 12}, {@code -0.5}, {@code .5}); exponents such as {@code 1e3} are refused.
     */
    public static BigDecimal decimal(String field, String text) {
        String t = decimalNotation(field, Checks.notBlank(field, text), text);
        return new BigDecimal(t);
    }

    /** As {@link #decimal(String, String)}, or empty when the text is empty. */
    public static Optional<BigDecimal> optionalDecimal(String field, String text) {
        return isAbsent(text) ? Optional.empty() : Optional.of(decimal(field, text));
    }

    /**
     * A number in decimal notation, as {@link #decimal}: {@code Double.parseDouble} would also take
     * {@code 38.04f}, {@code 0x1.3p5}, {@code 1e-6} and {@code Infinity}, which no export writes and
     * which hide a wrong unit or a corrupted cell.
     */
    public static double number(String field, String text) {
        String t = decimalNotation(field, Checks.notBlank(field, text), text);
        return Checks.finite(field, Double.parseDouble(t));
    }

    /** The stripped text when it is in decimal notation; refuses anything else. */
    private static String decimalNotation(String field, String stripped, String text) {
        if (!isDecimalNotation(stripped)) {
            throw new InvalidValueException(field, "must be a number in decimal notation such as 38.041562", text);
        }
        return stripped;
    }

    /**
     * Whether {@code text} is a number in decimal notation, {@code [+-](digits[.digits]|.digits)}:
     * no exponent, no type suffix, no hexadecimal, no infinity.
     */
    public static boolean isDecimalNotation(CharSequence text) {
        String t = text.toString();
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        return i == t.length() && digits > 0;
    }

    /** A whole number. */
    public static int integer(String field, String text) {
        String t = Checks.notBlank(field, text);
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a whole number", text);
        }
    }

    /** {@code true} or {@code false} (also {@code 1}/{@code 0}); empty means {@code false}. */
    public static boolean flag(String field, String text) {
        if (isAbsent(text)) {
            return false;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidValueException(field, "must be true or false", text);
        };
    }
}
