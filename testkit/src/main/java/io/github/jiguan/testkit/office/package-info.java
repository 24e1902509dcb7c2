/**
 * Generators for the office audit: {@link io.github.jiguan.testkit.office.Offices#units units}
 * whose offices lie just under, at or just over each person's area standard (the figures come
 * from the standard under test through {@link io.github.jiguan.testkit.office.Entitlements}),
 * with the truth table of which rooms must be flagged, and untidy registers for properties that
 * need only plausible data; and office-space ledgers at and one step past the threshold of every
 * ledger rule ({@link io.github.jiguan.testkit.office.LedgerCases}, built from the
 * {@link io.github.jiguan.testkit.office.LedgerFigures} of the rules under test, with
 * {@link io.github.jiguan.testkit.office.LedgerBuilder} to change a clean ledger one thing at a time).
 * The audits themselves live in jiguan-standards; the testkit depends on core only, so a user wraps
 * a unit in the register type of the audit they test, and fills the figures from its rules.
 *
 * <p>Null policy: parameters are non-null. Generators and the values they make are immutable and thread-safe.
 */
package io.github.jiguan.testkit.office;
