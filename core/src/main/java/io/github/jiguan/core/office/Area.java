package io.github.jiguan.core.office;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An area in square metres, held as an exact decimal: standards compare areas to the hundredth of
 * a square metre, and binary floating point cannot.
 *
 * <p>Equality ignores trailing zeros: {@code Area.of("12")} equals {@code Area.of("12.00")}.
 *
 * @param squareMetres the area, not negative, at most two decimal places
 */
public record Area(BigDecimal squareMetres) implements Comparable<Area> {

    /** The largest area accepted, 10,000,000 m², to catch unit mix-ups in input. */
    private static final BigDecimal MAX = new BigDecimal("10000000");

    /** Zero square metres. */
    public static final Area ZERO = new Area(BigDecimal.ZERO);

    /** Validates and normalises the value. */
    public Area {
        Checks.nonNegative("area (m²)", squareMetres);
        if (squareMetres.compareTo(MAX) > 0) {
            throw new InvalidValueException("area (m²)", "out of range [0, 10000000]", squareMetres);
        }
        BigDecimal stripped = squareMetres.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new InvalidValueException("area (m²)", "must have at most 2 decimal places", squareMetres);
        }
        squareMetres = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** An area from an exact decimal. */
    public static Area of(BigDecimal squareMetres) {
        return new Area(squareMetres);
    }

    /** An area from decimal text such as {@code "18.50"}. */
    public static Area of(String squareMetres) {
        Checks.notNull("area (m²)", squareMetres);
        String text = squareMetres.strip();
        if (!io.github.jiguan.core.csv.Cells.isDecimalNotation(text)) {
            throw new InvalidValueException("area (m²)", "must be a decimal number", squareMetres);
        }
        return new Area(new BigDecimal(text));
    }

    /** An area from a whole number of square metres. */
    public static Area ofSquareMetres(long squareMetres) {
        return new Area(BigDecimal.valueOf(squareMetres));
    }

    /** The sum of two areas. */
    public Area plus(Area other) {
        return new Area(squareMetres.add(other.squareMetres));
    }

    /** This area less {@code other}, which must not be larger. */
    public Area minus(Area other) {
        return new Area(squareMetres.subtract(other.squareMetres));
    }

    /** This area times a whole number, such as a head count. */
    public Area times(long factor) {
        return new Area(squareMetres.multiply(BigDecimal.valueOf(factor)));
    }

    /** This area times a decimal factor, rounded half-up to 0.01 m². */
    public Area times(BigDecimal factor) {
        return new Area(squareMetres.multiply(factor).setScale(2, RoundingMode.HALF_UP));
    }

    /** Whether this area is strictly larger than {@code other}. */
    public boolean isGreaterThan(Area other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Area other) {
        return squareMetres.compareTo(other.squareMetres);
    }

    /** The area as plain decimal text, such as {@code "18.5"}. */
    @Override
    public String toString() {
        return squareMetres.toPlainString();
    }
}
