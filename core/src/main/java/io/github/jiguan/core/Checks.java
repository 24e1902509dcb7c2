package io.github.jiguan.core;

import io.github.jiguan.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Argument checks for value types built on Jiguan: each returns the checked value or throws
 * {@link InvalidValueException} naming the field, the allowed range or shape, and the value, as
 * Jiguan's own factories do. Modules and applications that define their own records on top of core
 * (the standards module, a platform's own ledgers) use it so their messages read the same.
 * Stateless; thread-safe.
 */
public final class Checks {

    private Checks() {
    }

    /** Returns {@code value}, or throws when it is null. */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required", null);
        }
        return value;
    }

    /** Returns the stripped text, or throws when it is null or blank. */
    public static String notBlank(String field, String value) {
        notNull(field, value);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank", value);
        }
        return stripped;
    }

    /**
     * Returns a stripped identifier: 1 to 64 characters, no control characters, no leading or
     * trailing spaces after stripping.
     */
    public static String id(String field, String value) {
        String id = notBlank(field, value);
        if (id.length() > 64) {
            throw new InvalidValueException(field, "must be 1 to 64 characters long, was " + id.length(), value);
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                throw new InvalidValueException(field, "must not contain control characters", value);
            }
        }
        return id;
    }

    /** Returns {@code value} when it is finite and in [min, max]. */
    public static double inRange(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidValueException(field, "out of range [" + fmt(min) + ", " + fmt(max) + "]", fmt(value));
        }
        return value;
    }

    /** Returns {@code value} when it is in [min, max]. */
    public static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "out of range [" + min + ", " + max + "]", value);
        }
        return value;
    }

    /** Returns {@code value} when it is finite. */
    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidValueException(field, "must be a finite number", value);
        }
        return value;
    }

    /** Returns {@code value} when it is non-null and not negative. */
    public static BigDecimal nonNegative(String field, BigDecimal value) {
        notNull(field, value);
        if (value.signum() < 0) {
            throw new InvalidValueException(field, "must not be negative", value);
        }
        return value;
    }

    /** Returns {@code value} when it is non-null and in (0, max]. */
    public static BigDecimal positiveAtMost(String field, BigDecimal value, BigDecimal max) {
        notNull(field, value);
        if (value.signum() <= 0 || value.compareTo(max) > 0) {
            throw new InvalidValueException(field, "out of range (0, " + max.toPlainString() + "]", value);
        }
        return value;
    }

    /** Returns an unmodifiable copy of the list, rejecting null elements. */
    public static <T> List<T> listOf(String field, List<T> values) {
        notNull(field, values);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidValueException(field + "[" + i + "]", "is required", null);
            }
        }
        return List.copyOf(values);
    }

    /**
     * Returns the constant whose name matches {@code text} case-insensitively, or whose alias (its
     * Chinese name, say) equals it.
     *
     * @throws InvalidValueException naming {@code field} and the allowed codes otherwise
     */
    public static <E extends Enum<E>> E code(String field, Class<E> type, String text, Function<E, String> alias) {
        if (text == null) {
            throw new InvalidValueException(field, "is required", null);
        }
        String t = text.strip();
        String upper = t.toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(upper) || alias.apply(e).equals(t)) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new InvalidValueException(field, "must be one of [" + allowed + "]", text);
    }

    private static Object fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return (long) d;
        }
        return d;
    }
}
