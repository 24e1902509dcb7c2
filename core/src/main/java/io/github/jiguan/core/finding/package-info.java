/**
 * 审计发现: the one findings model every Jiguan audit yields, and its writers.
 *
 * <p>A {@link io.github.jiguan.core.finding.Finding} has a {@link io.github.jiguan.core.finding.Finding.Type}
 * (code, Chinese and English name), {@link io.github.jiguan.core.finding.Subjects} (vehicle, order,
 * person, rooms, agency, building as typed ids), a {@link io.github.jiguan.core.finding.Coverage}
 * (an interval of time or a span of Beijing dates), the {@link io.github.jiguan.core.finding.Citation}
 * of the rule applied (document, number, article, figure) and typed
 * {@link io.github.jiguan.core.finding.Evidence}: one record per rule, whose components are the facts
 * compared (instants, durations, metres, m² as exact decimals, yuan, counts, ids).
 *
 * <p>Evidence is data until it is written out. Each output has one small writer fed the same model:
 * {@link io.github.jiguan.core.finding.FindingsCsv} (findings.csv, with the subject columns of its
 * audit), {@link io.github.jiguan.core.finding.FindingsJsonLines} (JSON Lines for programs) and
 * {@link io.github.jiguan.core.finding.EvidenceJson} (the evidence object); the sentence an inspector
 * reads is made by the finding's type in Chinese or English ({@link io.github.jiguan.core.finding.Language}),
 * with the shared formats of {@link io.github.jiguan.core.finding.Prose}.
 *
 * <p>Null policy: nothing is null; what may be absent is an {@link java.util.Optional}. Every type
 * here is immutable or stateless, and thread-safe.
 */
package io.github.jiguan.core.finding;
