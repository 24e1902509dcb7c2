package io.github.jiguan.testkit.quicktheories;

import io.github.jiguan.testkit.Generator;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Turns an engine-neutral {@link Generator} into a QuickTheories {@link Gen}. Every bounded draw
 * of the generator becomes one constrained draw of QuickTheories, which records it, so that a
 * failing value shrinks draw by draw (toward the end of each range nearest zero) and the same
 * seed gives the same values.
 */
public final class QtGen {

    private QtGen() {
    }

    /** {@code generator} at {@code size}, shown with {@link String#valueOf(Object)}. */
    public static <T> Gen<T> of(Generator<T> generator, int size) {
        return of(generator, size, String::valueOf);
    }

    /** {@code generator} at {@code size}, shown in a failure report by {@code describe}. */
    public static <T> Gen<T> of(Generator<T> generator, int size, Function<? super T, String> describe) {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(describe, "describe");
        if (size < 0) {
            throw new IllegalArgumentException("size must be at least 0: " + size);
        }
        Gen<T> gen = in -> generator.next(new Draws(in), size);
        return gen.describedAs(describe::apply);
    }

    /** A {@link RandomGenerator} whose draws are QuickTheories' constrained draws. */
    private static final class Draws implements RandomGenerator {
        private static final long DOUBLE_UNITS = (1L << 53) - 1;
        private final RandomnessSource in;

        Draws(RandomnessSource in) {
            this.in = in;
        }

        @Override
        public long nextLong() {
            return in.next(Constraint.none());
        }

        @Override
        public int nextInt() {
            return (int) in.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
        }

        @Override
        public int nextInt(int bound) {
            return nextInt(0, bound);
        }

        @Override
        public int nextInt(int origin, int bound) {
            return (int) nextLong(origin, bound);
        }

        @Override
        public long nextLong(long bound) {
            return nextLong(0, bound);
        }

        @Override
        public long nextLong(long origin, long bound) {
            if (origin >= bound) {
                throw new IllegalArgumentException("bound must be greater than origin: " + origin + ", " + bound);
            }
            return in.next(Constraint.between(origin, bound - 1));
        }

        @Override
        public boolean nextBoolean() {
            return in.next(Constraint.zeroToOne()) == 1;
        }

        @Override
        public double nextDouble() {
            return in.next(Constraint.between(0, DOUBLE_UNITS)) * 0x1.0p-53;
        }

        @Override
        public float nextFloat() {
            return (float) nextDouble();
        }
    }
}
