package io.github.jiguan.testkit.quicktheories;

import io.github.jiguan.testkit.Generator;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The thin adapter from engine-neutral {@link Generator}s to QuickTheories: each bounded draw of the
 * generator is one draw of QuickTheories' randomness source, so that QuickTheories records it and
 * shrinks it toward its origin when a property fails, and a failure is reproduced with its seed
 * ({@code -DQT_SEED=…}).
 */
public final class QuickTheoriesGenerators {

    private QuickTheoriesGenerators() {
    }

    /** {@code generator} as a QuickTheories {@link Gen}, at {@code size}, described by {@code toString}. */
    public static <T> Gen<T> gen(Generator<T> generator, int size, Function<? super T, String> toString) {
        Objects.requireNonNull(generator, "generator");
        Gen<T> g = in -> generator.next(new Draws(in), size);
        return g.describedAs(toString::apply);
    }

    /** {@code generator} as a QuickTheories {@link Gen}, at {@code size}. */
    public static <T> Gen<T> gen(Generator<T> generator, int size) {
        return gen(generator, size, String::valueOf);
    }

    /** A {@link RandomGenerator} whose every draw is a constrained, shrinkable draw of QuickTheories. */
    private static final class Draws implements RandomGenerator {
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
            if (origin >= bound) {
                throw new IllegalArgumentException("bound must be greater than origin: " + origin + ", " + bound);
            }
            return (int) in.next(Constraint.between(origin, bound - 1L));
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
            return in.next(Constraint.between(0, (1L << 53) - 1)) * 0x1.0p-53;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) nextInt(0, 256);
            }
        }
    }
}
