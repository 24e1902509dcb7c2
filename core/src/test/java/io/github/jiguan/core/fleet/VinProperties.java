package io.github.jiguan.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class VinProperties {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    /** Characters a corrupted VIN might hold: the VIN alphabet, the forbidden letters and a few others. */
    private static final String CORRUPTIONS = ALPHABET + "IOQ*#-";

    /** A VIN with a correct check digit: 16 random characters and position 9 computed. */
    @Provide
    Arbitrary<String> vins() {
        return Arbitraries.strings().withChars(ALPHABET).ofLength(17)
                .map(s -> s.substring(0, 8) + Vin.checkDigit(s) + s.substring(9));
    }

    @Property
    void aGeneratedVinWithACorrectCheckDigitIsAccepted(@ForAll("vins") String vin) {
        assertEquals(vin, Vin.of(vin).value());
        assertTrue(Vin.isValid(vin));
    }

    @Property
    void anySingleCharacterCorruptionIsRejected(@ForAll("vins") String vin,
                                                @ForAll @IntRange(min = 0, max = 16) int position,
                                                @ForAll("corruptions") char replacement) {
        char original = vin.charAt(position);
        Assume.that(replacement != original);
        // A change between characters of equal ISO 3779 value (A, J, 1) outside position 9 leaves
        // the weighted sum unchanged: no check digit of this scheme can see it.
        Assume.that(position == 8 || Vin.transliterate(replacement) != Vin.transliterate(original));
        String corrupted = vin.substring(0, position) + replacement + vin.substring(position + 1);
        assertFalse(Vin.isValid(corrupted), corrupted);
    }

    @Provide
    Arbitrary<Character> corruptions() {
        return Arbitraries.of(CORRUPTIONS.chars().mapToObj(c -> (char) c).toList());
    }
}
