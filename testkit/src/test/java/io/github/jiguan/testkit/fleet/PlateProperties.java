package io.github.jiguan.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlateProperties {

    private static final String SERIAL = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String ENERGY = "ABCDEFGHJK";
    private static final String AUTHORITY = "ABCDEFGHJKLMNOPQRSTUVWXYZ";

    @Provide
    Arbitrary<String> plates() {
        Arbitrary<Character> province = Arbitraries.of(Plate.PROVINCES.chars().mapToObj(c -> (char) c).toList());
        Arbitrary<Character> authority = Arbitraries.of(AUTHORITY.chars().mapToObj(c -> (char) c).toList());
        Arbitrary<String> ordinary = Arbitraries.strings().withChars(SERIAL).ofLength(5);
        Arbitrary<String> suffixed = Combinators.combine(Arbitraries.strings().withChars(SERIAL).ofLength(4),
                Arbitraries.of("警", "学", "挂", "使", "领")).as(String::concat);
        Arbitrary<String> smallEnergy = Combinators.combine(Arbitraries.strings().withChars(ENERGY).ofLength(1),
                Arbitraries.strings().withChars(SERIAL).ofLength(1), Arbitraries.strings().numeric().ofLength(4))
                .as((a, b, c) -> a + b + c);
        Arbitrary<String> largeEnergy = Combinators.combine(Arbitraries.strings().numeric().ofLength(5),
                Arbitraries.strings().withChars(ENERGY).ofLength(1)).as(String::concat);
        Arbitrary<String> serial = Arbitraries.oneOf(ordinary, suffixed, smallEnergy, largeEnergy);
        return Combinators.combine(province, authority, serial).as((p, a, s) -> "" + p + a + s);
    }

    /** The plate as a person might type it: separators, spaces, lower case and full-width forms. */
    @Provide
    Arbitrary<String> typedPlates() {
        return plates().flatMap(p -> Arbitraries.strings().withChars("·•.- \u3000").ofMaxLength(1)
                .flatMap(sep -> Arbitraries.of(false, true).map(lower -> {
                    String typed = p.substring(0, 2) + sep + p.substring(2);
                    return lower ? typed.toLowerCase(java.util.Locale.ROOT) : toFullWidth(typed);
                })));
    }

    @Property
    void normalisationIsIdempotent(@ForAll("typedPlates") String typed) {
        String once = Plate.normalise(typed);
        assertEquals(once, Plate.normalise(once));
    }

    @Property
    void theNormalFormParsesToItself(@ForAll("typedPlates") String typed) {
        String normal = Plate.normalise(typed);
        assertEquals(normal, Plate.of(normal).value());
        assertEquals(Plate.of(typed), Plate.of(normal));
    }

    @Property
    void normalisationNeverChangesAWellFormedPlate(@ForAll("plates") String plate) {
        assertEquals(plate, Plate.normalise(plate));
        assertEquals(plate, Plate.of(plate).toString());
    }

    @Property
    void normalisationIsIdempotentOnAnyText(@ForAll String text) {
        String once = Plate.normalise(text);
        assertEquals(once, Plate.normalise(once));
    }

    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }
}
