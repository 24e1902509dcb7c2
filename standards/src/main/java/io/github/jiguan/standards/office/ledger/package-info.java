/**
 * The office-space ledger audit: reading the ledger's CSV files ({@link
 * io.github.jiguan.standards.office.ledger.LedgerCsv}), the rules as versioned data with their
 * citations ({@link io.github.jiguan.standards.office.ledger.LedgerRules}: the 2017 management
 * rules, Chengde's registration deadline, Changzhou's and Hangzhou's lease rules, Heilongjiang's
 * disposal order, Gansu's repair interval, the GB/T 2589 standard-coal factors, and Jiguan's
 * provisional defaults), and the audit ({@link io.github.jiguan.standards.office.ledger.LedgerAudit})
 * whose findings use the common model of {@code io.github.jiguan.core.finding} with one evidence
 * record per rule ({@link io.github.jiguan.standards.office.ledger.LedgerEvidence}).
 *
 * <p>Null policy: parameters are non-null; evidence uses {@link java.util.Optional} for what may be
 * unknown. Rules, audits and reports are immutable and thread-safe; a {@code LedgerCsv} reads one
 * ledger on one thread.
 */
package io.github.jiguan.standards.office.ledger;
