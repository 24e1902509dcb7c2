package io.github.jiguan.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A generator of values for property tests, independent of any engine: plain Java driven by a
 * {@link RandomGenerator} and a size. The size bounds what grows (list lengths, text, byte runs), so
 * that an engine can start small; values drawn with bounded calls ({@code nextInt(origin, bound)},
 * {@code nextLong(origin, bound)}) shrink toward their origin under an engine that shrinks its draws,
 * such as QuickTheories through {@code io.github.jiguan.testkit.quicktheories.QuickTheoriesGenerators}.
 *
 * <p>Generators are stateless and thread-safe; they draw every random choice from the generator they
 * are given, so that the same draws give the same value.
 *
 * @param <T> the values
 */
@FunctionalInterface
public interface Generator<T> {

    /** A value drawn from {@code random}; {@code size} (at least 0) bounds what grows. */
    T next(RandomGenerator random, int size);

    /** This generator's values through {@code f}. */
    default <R> Generator<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return (r, size) -> f.apply(next(r, size));
    }

    /** A value of the generator that {@code f} picks for this generator's value. */
    default <R> Generator<R> flatMap(Function<? super T, Generator<? extends R>> f) {
        Objects.requireNonNull(f, "f");
        return (r, size) -> f.apply(next(r, size)).next(r, size);
    }

    /** Pairs of this generator's and {@code other}'s values through {@code f}. */
    default <U, R> Generator<R> with(Generator<U> other, BiFunction<? super T, ? super U, ? extends R> f) {
        return (r, size) -> f.apply(next(r, size), other.next(r, size));
    }

    /** Always {@code value}. */
    static <T> Generator<T> constant(T value) {
        return (r, size) -> value;
    }

    /** An int in [min, max]; shrinks toward min. */
    static Generator<Integer> ints(int min, int max) {
        return (r, size) -> r.nextInt(min, max + 1);
    }

    /** A long in [min, max]; shrinks toward min. */
    static Generator<Long> longs(long min, long max) {
        return (r, size) -> r.nextLong(min, max + 1);
    }

    /** One of {@code choices}, picked evenly; shrinks toward the first. */
    @SafeVarargs
    static <T> Generator<T> oneOf(Generator<? extends T>... choices) {
        return oneOf(List.of(choices));
    }

    /** One of {@code choices}, picked evenly; shrinks toward the first. */
    static <T> Generator<T> oneOf(List<? extends Generator<? extends T>> choices) {
        List<? extends Generator<? extends T>> all = List.copyOf(choices);
        return (r, size) -> all.get(r.nextInt(0, all.size())).next(r, size);
    }

    /** A list of at most {@code max} (and at most size) values of {@code item}; shrinks toward the empty list. */
    static <T> Generator<List<T>> listOf(Generator<T> item, int max) {
        return (r, size) -> {
            int n = r.nextInt(0, Math.min(max, Math.max(size, 0)) + 1);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(item.next(r, size));
            }
            return out;
        };
    }

    /** Between {@code min} and {@code max} bytes (at most size more than min); shrinks toward min zeros. */
    static Generator<byte[]> bytes(int min, int max) {
        return (r, size) -> {
            byte[] b = new byte[r.nextInt(min, Math.min(max, min + Math.max(size, 0)) + 1)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) r.nextInt(0, 256);
            }
            return b;
        };
    }
}
