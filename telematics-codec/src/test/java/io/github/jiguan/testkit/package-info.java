/**
 * Engine-neutral generators for property tests, to become the {@code jiguan-testkit} module: a
 * {@link io.github.jiguan.testkit.Generator} is plain Java over a {@link java.util.random.RandomGenerator}
 * and a size. Null policy: no nulls. Thread-safety: generators are stateless.
 */
package io.github.jiguan.testkit;
