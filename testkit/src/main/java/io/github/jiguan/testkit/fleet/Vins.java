package io.github.jiguan.testkit.fleet;

import io.github.jiguan.core.fleet.Vin;
import io.github.jiguan.testkit.Generator;
import java.util.List;

/** Vehicle identification numbers (ISO 3779, GB 16735) that {@link Vin#of} accepts and rejects. */
public final class Vins {

    /** The characters a VIN may hold: digits and letters but I, O and Q. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String CHECK_DIGITS = "0123456789X";

    private Vins() {
    }

    /** VINs with a correct check digit: 16 drawn characters and position 9 computed. */
    public static Generator<String> valid() {
        return Generator.strings(ALPHABET, 17).map(s -> s.substring(0, 8) + Vin.checkDigit(s) + s.substring(9));
    }

    /** Valid VINs as values. */
    public static Generator<Vin> vins() {
        return valid().map(Vin::of);
    }

    /**
     * Texts {@link Vin#of} rejects although they look like a VIN: another check digit in position 9,
     * one of the letters I, O, Q or a symbol somewhere, one character too few or too many.
     */
    public static Generator<String> invalid() {
        List<Generator<String>> ways = List.of(
                valid().with(Generator.ints(1, 10), (v, k) -> {
                    char other = CHECK_DIGITS.charAt((CHECK_DIGITS.indexOf(v.charAt(8)) + k) % CHECK_DIGITS.length());
                    return v.substring(0, 8) + other + v.substring(9);
                }),
                valid().with(Generator.ints(0, 16), (v, i) -> v.substring(0, i) + "IOQ*-".charAt(i % 5) + v.substring(i + 1)),
                valid().map(v -> v.substring(0, 16)),
                valid().with(Generator.strings(ALPHABET, 1), String::concat));
        return Generator.oneOf(ways);
    }
}
