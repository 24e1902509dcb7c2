package io.github.jiguan.testkit.fleet;

import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.testkit.Generator;
import java.util.List;
import java.util.Locale;

/**
 * Licence plates (号牌, GA 36) as {@link Plate} accepts and rejects them: every shape in normal
 * form, the same plates as people type them, and texts that are subtly not plates.
 */
public final class Plates {

    /** Serial characters: digits and letters other than I and O. */
    public static final String SERIAL = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** The energy letters of new-energy plates. */
    public static final String ENERGY = "ABCDEFGHJK";
    /** Issuing-authority letters: A to Z but I. */
    public static final String AUTHORITY = "ABCDEFGHJKLMNOPQRSTUVWXYZ";
    /** The suffixes of seven-character plates (police, coach, trailer, embassy, consulate, test, oversize, Hong Kong, Macau). */
    public static final String SUFFIXES = "警学挂使领试超港澳";
    private static final String DIGITS = "0123456789";
    private static final String SEPARATORS = "·•.- \u3000";

    private Plates() {
    }

    /** Plates in normal form, each shape about as often: ordinary, suffixed, new energy (small and large), embassy. */
    public static Generator<String> valid() {
        Generator<String> prefix = Generator.strings(Plate.PROVINCES, 1).with(Generator.strings(AUTHORITY, 1), String::concat);
        Generator<String> ordinary = prefix.with(Generator.strings(SERIAL, 5), String::concat);
        Generator<String> suffixed = prefix.with(Generator.strings(SERIAL, 4), String::concat)
                .with(Generator.strings(SUFFIXES, 1), String::concat);
        Generator<String> smallEnergy = prefix.with(Generator.strings(ENERGY, 1), String::concat)
                .with(Generator.strings(SERIAL, 1), String::concat).with(Generator.strings(DIGITS, 4), String::concat);
        Generator<String> largeEnergy = prefix.with(Generator.strings(DIGITS, 5), String::concat)
                .with(Generator.strings(ENERGY, 1), String::concat);
        Generator<String> embassy = Generator.strings(DIGITS, 6).map("使"::concat);
        return Generator.oneOf(ordinary, suffixed, smallEnergy, largeEnergy, embassy);
    }

    /** Valid plates as values. */
    public static Generator<Plate> plates() {
        return valid().map(Plate::of);
    }

    /**
     * A valid plate as a person might type it: a separator (middle dot, bullet, full stop, hyphen,
     * space, ideographic space) or none after the authority letter, and lower case or full-width
     * letters and digits. {@link Plate#normalise} gives back the plate.
     */
    public static Generator<Typed> typed() {
        Generator<String> separator = Generator.strings(SEPARATORS, 0, 1);
        return (r, size) -> {
            String plate = valid().next(r, size);
            String sep = separator.next(r, size);
            String typed = plate.charAt(0) == '使' ? plate : plate.substring(0, 2) + sep + plate.substring(2);
            return new Typed(plate, r.nextBoolean() ? typed.toLowerCase(Locale.ROOT) : toFullWidth(typed));
        };
    }

    /** A plate in normal form and a way of typing it. */
    public record Typed(String plate, String typed) {
    }

    /**
     * Texts that are not plates although they look like one: an unknown province, I as the
     * authority letter, I or O in the serial, one character too few or too many, a new-energy
     * plate without its energy letter, an embassy plate with a letter. Each is rejected by
     * {@link Plate#of} even after normalisation.
     */
    public static Generator<String> invalid() {
        List<Generator<String>> ways = List.of(
                valid().filter(p -> p.charAt(0) != '使').with(Generator.strings("台港澳X1", 1), (p, c) -> c + p.substring(1)),
                valid().filter(p -> p.charAt(0) != '使').map(p -> p.charAt(0) + "I" + p.substring(2)),
                ordinary().with(Generator.ints(2, 6), (p, i) -> p.substring(0, i) + (i % 2 == 0 ? 'I' : 'O') + p.substring(i + 1)),
                ordinary().map(p -> p.substring(0, 6)),
                ordinary().with(Generator.strings(DIGITS, 2), String::concat),
                ordinary().with(Generator.strings("LMNPQRSTUVWXYZ", 1), (p, e) -> p.substring(0, 2) + e + p.substring(2)),
                Generator.strings(DIGITS, 5).with(Generator.strings("ABCDEFGHJKLMNPQRSTUVWXYZ", 1), (d, l) -> "使" + d + l));
        return Generator.oneOf(ways);
    }

    private static Generator<String> ordinary() {
        return Generator.strings(Plate.PROVINCES, 1).with(Generator.strings(AUTHORITY, 1), String::concat)
                .with(Generator.strings(SERIAL, 5), String::concat);
    }

    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }
}
