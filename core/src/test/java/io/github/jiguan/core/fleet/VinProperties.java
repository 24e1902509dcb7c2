package io.github.jiguan.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The check digit accepts what it computed and sees every single-character change it can see.
 * White-box (it compares ISO 3779 transliteration values), so it stays beside {@link Vin}; the
 * testkit's VIN generators are tested in the testkit.
 */
class VinProperties {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    /** Characters a corrupted VIN might hold: the VIN alphabet, the forbidden letters and a few others. */
    private static final String CORRUPTIONS = ALPHABET + "IOQ*#-";

    /** A VIN with a correct check digit: 16 drawn characters and position 9 computed. */
    private static final Gen<String> VINS = lists().of(integers().between(0, ALPHABET.length() - 1)).ofSize(17)
            .map(VinProperties::vin);

    private static String vin(List<Integer> picks) {
        StringBuilder b = new StringBuilder(17);
        picks.forEach(i -> b.append(ALPHABET.charAt(i)));
        String s = b.toString();
        return s.substring(0, 8) + Vin.checkDigit(s) + s.substring(9);
    }

    @Test
    void aGeneratedVinWithACorrectCheckDigitIsAccepted() {
        qt().withExamples(1000).forAll(VINS).checkAssert(vin -> {
            assertEquals(vin, Vin.of(vin).value());
            assertTrue(Vin.isValid(vin));
        });
    }

    @Test
    void anySingleCharacterCorruptionIsRejected() {
        qt().withExamples(1000).forAll(VINS, integers().between(0, 16), integers().between(0, CORRUPTIONS.length() - 1))
                .assuming((vin, position, pick) -> detectable(vin.charAt(position), CORRUPTIONS.charAt(pick), position))
                .checkAssert((vin, position, pick) -> {
                    String corrupted = vin.substring(0, position) + CORRUPTIONS.charAt(pick) + vin.substring(position + 1);
                    assertFalse(Vin.isValid(corrupted), corrupted);
                });
    }

    /**
     * A change between characters of equal ISO 3779 value (A, J, 1) outside position 9 leaves the
     * weighted sum unchanged: no check digit of this scheme can see it.
     */
    private static boolean detectable(char original, char replacement, int position) {
        return replacement != original
                && (position == 8 || Vin.transliterate(replacement) != Vin.transliterate(original));
    }
}
