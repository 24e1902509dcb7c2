/**
 * Generators for the office audit: {@link io.github.jiguan.testkit.office.Offices#units units}
 * whose offices lie just under, at or just over each person's area standard (the figures come
 * from the standard under test through {@link io.github.jiguan.testkit.office.Entitlements}),
 * with the truth table of which rooms must be flagged, and untidy registers for properties that
 * need only plausible data. The audit itself lives in jiguan-standards; the testkit depends on
 * core only, so a user wraps a unit in the register type of the audit they test.
 *
 * <p>Null policy: parameters are non-null. Generators and the values they make are immutable and thread-safe.
 */
package io.github.jiguan.testkit.office;
