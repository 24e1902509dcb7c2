package io.github.jiguan.telematics.jt808;

import static org.quicktheories.QuickTheory.qt;

import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.quicktheories.QuickTheoriesGenerators;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property with QuickTheories from an ordinary JUnit test. A failing property throws an
 * AssertionError that names the shrunk case and the seed ("Seed was …"); re-run it with
 * {@code mvn … -Dtest=TheTest -DQT_SEED=…}. A passing property prints nothing.
 */
final class PropertyCheck {

    /** The size passed to the generators: lists of up to about 30 elements, text of up to 30 characters. */
    static final int SIZE = 30;

    private PropertyCheck() {
    }

    /** Checks {@code property} for {@code examples} values of {@code generator}, described by {@code describe}. */
    static <T> void forAll(int examples, Generator<T> generator, Function<? super T, String> describe,
            Consumer<T> property) {
        qt().withExamples(examples).forAll(QuickTheoriesGenerators.gen(generator, SIZE, describe)).checkAssert(property);
    }

    /** Checks {@code property} for {@code examples} frames or byte strings, shown in hex. */
    static void forAllBytes(int examples, Generator<byte[]> generator, Consumer<byte[]> property) {
        forAll(examples, generator, HexFormat.of()::formatHex, property);
    }
}
