/**
 * Office space (办公用房) over its whole life: compounds, buildings, floors and rooms, their use,
 * area, status and property right, the user units, and the documents, leases, repair projects and
 * energy records of the bureau's ledger ({@link io.github.jiguan.core.office.OfficeLedger}), from
 * which the per-unit file ("一单位一档") and the per-property file ("一房一档") are built.
 *
 * <p>The rules that audit the ledger, with their figures and citations, live in jiguan-standards;
 * this package holds only the domain. Areas are exact decimals
 * ({@link io.github.jiguan.core.office.Area}) and money is {@link java.math.BigDecimal} yuan, never
 * binary floating point. Values are immutable, validated records; parameters are non-null unless
 * a component is documented as possibly null. Thread-safe.
 */
package io.github.jiguan.core.office;
