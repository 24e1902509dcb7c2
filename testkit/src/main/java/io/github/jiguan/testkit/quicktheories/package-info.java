/**
 * The thin adapter from the testkit's engine-neutral generators to QuickTheories
 * (org.quicktheories:quicktheories, which a suite that uses this package adds to its own test
 * dependencies): {@link io.github.jiguan.testkit.quicktheories.QtGen} makes a {@code Gen} of a
 * {@link io.github.jiguan.testkit.Generator}, whose failures shrink draw by draw, and
 * {@link io.github.jiguan.testkit.quicktheories.QtCheck} runs a property from a JUnit test,
 * silent when it passes, with the shrunk value, the seed and the re-run command when it fails.
 *
 * <p>Null policy: parameters are non-null. Stateless and thread-safe.
 */
package io.github.jiguan.testkit.quicktheories;
