/**
 * The office-space audit (办公用房): each person's entitlement under Table 1 of
 * 《党政机关办公用房建设标准》(发改投资〔2014〕2674号) and its notes, each unit's approved area by the
 * formula S = [A + B + (A+B)×9%] / K + C, and the findings of 《党政机关办公用房管理办法》(2017):
 * over-standard and shared offices, one person with several offices, offices not vacated, rooms let
 * out or idle, units over their approved area. Every finding cites the document, article and figure.
 *
 * <p>Main types: {@link io.github.jiguan.standards.office.OfficeSpaceStandard} (the table and formula),
 * {@link io.github.jiguan.standards.office.OfficeManagementRules} (the 2017 rules),
 * {@link io.github.jiguan.standards.office.OfficeAudit} (the audit) over an
 * {@link io.github.jiguan.standards.office.OfficeRegister}.
 *
 * <p>Areas are exact decimals ({@link io.github.jiguan.core.office.Area}): 0.01 m² over is over,
 * exactly at the standard is not. Null policy: parameters are non-null; ids that do not apply to a
 * finding are empty strings. Standards and audits are immutable and thread-safe.
 */
package io.github.jiguan.standards.office;
