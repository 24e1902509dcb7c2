package io.github.jiguan.testkit.quicktheories;

import io.github.jiguan.testkit.Generator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Runs a property with QuickTheories from an ordinary JUnit test. A passing property prints
 * nothing. A failing one throws an {@link AssertionError} that shows the shrunk value, the seed
 * and how to run it again with that seed: {@code -DQT_SEED=N} (Maven passes it on to the tests).
 * {@code -DQT_EXAMPLES=N} runs every property with N examples instead of the number given.
 */
public final class QtCheck {

    /** The property "QT_SEED": the seed to run with. */
    public static final String SEED = "QT_SEED";
    /** The property "QT_EXAMPLES": how many examples each property tries. */
    public static final String EXAMPLES = "QT_EXAMPLES";

    private QtCheck() {
    }

    /**
     * Checks {@code property} on {@code examples} values of {@code generator} at {@code size},
     * shown in a failure report by {@code describe}.
     */
    public static <T> void forAll(int examples, Generator<T> generator, int size, Function<? super T, String> describe,
                                  Consumer<? super T> property) {
        forAll(examples, QtGen.of(generator, size, describe), property);
    }

    /** Checks {@code property} on {@code examples} values of {@code gen}. */
    public static <T> void forAll(int examples, Gen<T> gen, Consumer<? super T> property) {
        Objects.requireNonNull(gen, "gen");
        Objects.requireNonNull(property, "property");
        if (examples < 1) {
            throw new IllegalArgumentException("examples must be at least 1: " + examples);
        }
        long seed = Long.getLong(SEED, System.nanoTime());
        int n = Integer.getInteger(EXAMPLES, examples);
        try {
            // Shrinking is bounded too: an expensive property that fails should report within minutes.
            QuickTheory.qt().withFixedSeed(seed).withExamples(n).withShrinkCycles(Math.max(100, 10 * n))
                    .forAll(gen).checkAssert(property::accept);
        } catch (AssertionError e) {
            throw new AssertionError(withoutOtherValues(e.getMessage()) + System.lineSeparator() + "Run it again with -D" + SEED + "="
                    + seed + " (for example mvn -B -ntp -pl <module> -am verify -Dtest=<TestClass>"
                    + " -Dsurefire.failIfNoSpecifiedTests=false -D" + SEED + "=" + seed + ")", e.getCause());
        }
    }

    /** QuickTheories' report without the ten other falsifying values it lists: the smallest is what to read. */
    private static String withoutOtherValues(String report) {
        if (report == null) {
            return "";
        }
        int other = report.indexOf("Other found falsifying value(s)");
        int seed = report.lastIndexOf("Seed was");
        return other < 0 || seed < other ? report : report.substring(0, other) + report.substring(seed);
    }
}
