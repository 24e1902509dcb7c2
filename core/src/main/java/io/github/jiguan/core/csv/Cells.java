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

    /** An ISO-8601 time with offset, such as {@code 2025-01-06T09:21:00+08:00}. */
    public static Instant instant(String field, String text) {
        String t = Checks.notBlank(field, text);
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field,
                    "must be an ISO-8601 time with offset such as 2025-01-06T09:21:00+08:00", text);
        }
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

    /** A decimal number as exact {@link BigDecimal}. */
    public static BigDecimal decimal(String field, String text) {
        String t = Checks.notBlank(field, text);
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a decimal number", text);
        }
    }

    /** As {@link #decimal(String, String)}, or empty when the text is empty. */
    public static Optional<BigDecimal> optionalDecimal(String field, String text) {
        return isAbsent(text) ? Optional.empty() : Optional.of(decimal(field, text));
    }

    /** A finite floating-point number. */
    public static double number(String field, String text) {
        String t = Checks.notBlank(field, text);
        try {
            return Checks.finite(field, Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a number", text);
        }
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
