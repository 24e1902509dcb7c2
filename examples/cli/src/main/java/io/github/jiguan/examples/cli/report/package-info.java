/**
 * The demo's report directory: report.html, one self-contained page for a bureau head and an
 * inspector (Chinese, with an English toggle; ECharts inlined from its webjar, so it opens
 * offline), and the findings files beside it (CSV, JSON Lines, the fuel disclosure, the figures
 * against the injected truth).
 *
 * <p>Everything here writes what {@link io.github.jiguan.examples.cli.demo.DemoRun} holds; nothing
 * computes a finding. Texts reach the page as JSON data, never as markup. Not thread-safe; null
 * is never accepted.
 */
package io.github.jiguan.examples.cli.report;
