package io.github.jiguan.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Makes values for property tests and demos, independent of any property engine: plain Java that
 * draws every random choice from the {@link RandomGenerator} it is given, and lets {@code size}
 * (0 or more) bound what grows, such as the length of a list or of a text.
 *
 * <p>Every choice is a bounded draw ({@code nextInt(origin, bound)}, {@code nextLong(origin,
 * bound)}, {@code nextDouble()}), so an engine that records and shrinks draws, as the QuickTheories
 * adapter in {@code io.github.jiguan.testkit.quicktheories} does, shrinks a failing value by
 * shrinking its draws: a list toward fewer elements, a number toward the end of its range nearest
 * zero, a choice among alternatives toward the first, a permutation toward the identity.
 *
 * <p>Implementations are stateless and thread-safe; the same draws give the same value. Values are
 * never null.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {

    /** A value made from the draws of {@code random}; {@code size} (at least 0) bounds what grows. */
    T next(RandomGenerator random, int size);

    /** A value for {@code seed}: the same seed and size give the same value. */
    default T sample(long seed, int size) {
        return next(new SplittableRandom(seed), size);
    }

    /** This generator's values passed through {@code f}. */
    default <R> Generator<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return (r, size) -> f.apply(next(r, size));
    }

    /** A value of the generator that {@code f} makes from this generator's value. */
    default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> f) {
        Objects.requireNonNull(f, "f");
        return (r, size) -> f.apply(next(r, size)).next(r, size);
    }

    /** This generator's value and {@code other}'s, combined by {@code f}. */
    default <U, R> Generator<R> with(Generator<U> other, BiFunction<? super T, ? super U, ? extends R> f) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(f, "f");
        return (r, size) -> f.apply(next(r, size), other.next(r, size));
    }

    /**
     * Only the values that pass {@code keep}, trying up to 100 values each time.
     *
     * @throws IllegalStateException from {@link #next} when 100 values in a row fail
     */
    default Generator<T> filter(Predicate<? super T> keep) {
        Objects.requireNonNull(keep, "keep");
        return (r, size) -> {
            for (int i = 0; i < 100; i++) {
                T t = next(r, size);
                if (keep.test(t)) {
                    return t;
                }
            }
            throw new IllegalStateException("100 values in a row failed the filter");
        };
    }

    /** Lists of this generator's values: see {@link #listOf(Generator, int, int)}. */
    default Generator<List<T>> list(int min, int max) {
        return listOf(this, min, max);
    }

    /** Always {@code value}. */
    static <T> Generator<T> constant(T value) {
        Objects.requireNonNull(value, "value");
        return (r, size) -> value;
    }

    /** An int in [min, max]. */
    static Generator<Integer> ints(int min, int max) {
        checkRange(min, max);
        return (r, size) -> (int) r.nextLong(min, max + 1L);
    }

    /** A long in [min, max], max below {@code Long.MAX_VALUE}. */
    static Generator<Long> longs(long min, long max) {
        if (max == Long.MAX_VALUE || min > max) {
            throw new IllegalArgumentException("range must be [min, max] with min <= max < Long.MAX_VALUE: ["
                    + min + ", " + max + "]");
        }
        return (r, size) -> r.nextLong(min, max + 1);
    }

    /** A double in [min, max); shrinks toward min. */
    static Generator<Double> doubles(double min, double max) {
        if (!(min < max) || !Double.isFinite(max - min)) {
            throw new IllegalArgumentException("range must be finite with min < max: [" + min + ", " + max + ")");
        }
        return (r, size) -> Math.min(Math.nextDown(max), min + r.nextDouble() * (max - min));
    }

    /** True with probability {@code p}; shrinks toward false. */
    static Generator<Boolean> booleans(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
        }
        return (r, size) -> r.nextDouble() >= 1 - p;
    }

    /** One of {@code values}, evenly; shrinks toward the first. */
    @SafeVarargs
    static <T> Generator<T> elements(T... values) {
        return elements(List.of(values));
    }

    /** One of {@code values}, evenly; shrinks toward the first. */
    static <T> Generator<T> elements(List<? extends T> values) {
        List<? extends T> all = List.copyOf(values);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("values must not be empty");
        }
        return (r, size) -> all.get(r.nextInt(0, all.size()));
    }

    /** A value of one of {@code choices}, picked evenly; shrinks toward the first. */
    @SafeVarargs
    static <T> Generator<T> oneOf(Generator<? extends T>... choices) {
        return oneOf(List.of(choices));
    }

    /** A value of one of {@code choices}, picked evenly; shrinks toward the first. */
    static <T> Generator<T> oneOf(List<? extends Generator<? extends T>> choices) {
        List<? extends Generator<? extends T>> all = List.copyOf(choices);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("choices must not be empty");
        }
        return (r, size) -> all.get(r.nextInt(0, all.size())).next(r, size);
    }

    /**
     * A list of {@code min} to {@code max} values of {@code item}, and at most {@code min + size};
     * shrinks toward {@code min} elements.
     */
    static <T> Generator<List<T>> listOf(Generator<? extends T> item, int min, int max) {
        Objects.requireNonNull(item, "item");
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("list length must be [min, max] with 0 <= min <= max: [" + min + ", "
                    + max + "]");
        }
        return (r, size) -> {
            int n = r.nextInt(min, (int) Math.min(max, (long) min + Math.max(size, 0)) + 1);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(item.next(r, size));
            }
            return out;
        };
    }

    /**
     * A permutation of {@code values}: a Fisher-Yates walk whose draw {@code i} picks the element
     * put at position {@code i} among those left, so a shrinking engine takes it back toward the
     * order given, one displaced element at a time.
     */
    static <T> Generator<List<T>> permutationOf(List<? extends T> values) {
        List<? extends T> given = List.copyOf(values);
        return (r, size) -> permute(given, r);
    }

    /** A permutation of {@code values} drawn from {@code random}, as {@link #permutationOf} makes it. */
    static <T> List<T> permute(List<? extends T> values, RandomGenerator random) {
        List<T> out = new ArrayList<>(values);
        for (int i = 0; i < out.size() - 1; i++) {
            int j = i + random.nextInt(0, out.size() - i);
            if (j != i) {
                T t = out.get(i);
                out.set(i, out.get(j));
                out.set(j, t);
            }
        }
        return out;
    }

    /**
     * A text of {@code min} to {@code max} characters of {@code alphabet}, and at most
     * {@code min + size}; shrinks toward {@code min} times the first character.
     */
    static Generator<String> strings(String alphabet, int min, int max) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("alphabet must not be empty");
        }
        Generator<List<Character>> chars = listOf(elements(alphabet.chars().mapToObj(c -> (char) c).toList()), min, max);
        return chars.map(cs -> {
            StringBuilder b = new StringBuilder(cs.size());
            cs.forEach(b::append);
            return b.toString();
        });
    }

    /**
     * {@code min} to {@code max} arbitrary bytes, and at most {@code min + size}; shrinks toward
     * {@code min} zero bytes.
     */
    static Generator<byte[]> bytes(int min, int max) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("length must be [min, max] with 0 <= min <= max: [" + min + ", " + max + "]");
        }
        return (r, size) -> {
            byte[] b = new byte[r.nextInt(min, (int) Math.min(max, (long) min + Math.max(size, 0)) + 1)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) r.nextInt(0, 256);
            }
            return b;
        };
    }

    /** Exactly {@code length} characters of {@code alphabet}. */
    static Generator<String> strings(String alphabet, int length) {
        return (r, size) -> {
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(r.nextInt(0, alphabet.length())));
            }
            return b.toString();
        };
    }

    private static void checkRange(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("range must be [min, max] with min <= max: [" + min + ", " + max + "]");
        }
    }
}
