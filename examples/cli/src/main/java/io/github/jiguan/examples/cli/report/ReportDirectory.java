package io.github.jiguan.examples.cli.report;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.FindingsCsv;
import io.github.jiguan.core.finding.FindingsJsonLines;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.interchange.SummaryCsv;
import io.github.jiguan.examples.cli.demo.Audit;
import io.github.jiguan.examples.cli.demo.AuditedFinding;
import io.github.jiguan.examples.cli.demo.DemoRun;
import io.github.jiguan.examples.cli.demo.Expected;
import io.github.jiguan.examples.cli.demo.StageProgress;
import io.github.jiguan.standards.fuel.DisclosureCsv;
import io.github.jiguan.standards.fuel.DisclosureHtml;
import io.github.jiguan.standards.office.UnitLedgerCsv;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the report directory of a demo run: report.html, every finding as findings.csv (all
 * subject columns) and findings.jsonl, each audit's findings in its own layout, the reconciliation's
 * summary.csv, the units' approved areas (units.csv), the fuel disclosure (CSV and its printable
 * page) and truth.csv, the findings against what was injected. The inputs are in input/ and the
 * gateway's H2 database in database/, both written by the demo itself.
 */
public final class ReportDirectory {

    /** The columns of findings.csv: every subject any audit names. */
    public static final FindingsCsv.Layout ALL = new FindingsCsv.Layout(List.of(FindingsCsv.Column.VEHICLE,
            FindingsCsv.Column.ORDER, FindingsCsv.Column.PERSON, FindingsCsv.Column.ROOM, FindingsCsv.Column.AGENCY,
            FindingsCsv.Column.BUILDING));

    private static final Map<Audit, FindingsCsv.Layout> LAYOUTS = Map.of(Audit.RECONCILE, FindingsCsv.Layout.RECONCILE,
            Audit.OFFICE, FindingsCsv.Layout.OFFICE, Audit.VEHICLES, FindingsCsv.Layout.VEHICLES);

    private ReportDirectory() {
    }

    /**
     * Writes the files and returns the path of report.html.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public static Path write(DemoRun run, StageProgress progress) {
        StageProgress.Stage stage = progress.start("report", 0, () -> 0);
        Path dir = run.config().out();
        List<Finding> all = run.findings().stream().map(AuditedFinding::finding).toList();
        FindingsCsv.write(dir.resolve("findings.csv"), ALL, all, Language.ZH);
        FindingsJsonLines.write(dir.resolve("findings.jsonl"), all, Language.ZH);
        for (Audit a : Audit.values()) {
            FindingsCsv.write(dir.resolve(a.file()), LAYOUTS.get(a), run.findings(a), Language.ZH);
        }
        try (CsvWriter w = CsvWriter.create(dir.resolve("summary.csv"), SummaryCsv.HEADER)) {
            SummaryCsv.write(w, run.reconcile());
        }
        try (CsvWriter w = CsvWriter.create(dir.resolve("units.csv"), UnitLedgerCsv.HEADER)) {
            UnitLedgerCsv.write(w, run.office().units());
        }
        TextFile.write(dir.resolve("fuel-disclosure.csv"), w -> DisclosureCsv.write(run.fuel().rows(), w));
        TextFile.write(dir.resolve("fuel-disclosure.html"),
                w -> DisclosureHtml.write(run.fuel(), "公务用车单车油耗公示", run.config().asOf(), w));
        truth(dir.resolve("truth.csv"), run);
        Path report = dir.resolve("report.html");
        TextFile.write(report, w -> w.write(ReportHtml.page(ReportJson.of(run))));
        stage.end("wrote " + report.toAbsolutePath().normalize() + " and the findings files beside it");
        return report;
    }

    private static void truth(Path file, DemoRun run) {
        try (CsvWriter w = CsvWriter.create(file, List.of("audit", "type", "subject", "order_id", "start", "end",
                "what", "result"))) {
            for (Expected e : run.truth().injected()) {
                w.row(e.audit().name(), e.type(), e.subject(), e.orderId(), time(e.start()), time(e.end()), e.what(),
                        run.truth().missed().contains(e) ? "missed" : "matched");
            }
            for (AuditedFinding a : run.truth().extra()) {
                Finding f = a.finding();
                w.row(a.audit().name(), f.type().code(), f.vehicleId().or(f::agencyId).orElse(""),
                        f.orderId().orElse(""), ChinaTime.format(f.start()), ChinaTime.format(f.end()),
                        f.sentence(Language.EN), "extra");
            }
        }
    }

    private static String time(java.time.Instant t) {
        return t == null ? "" : ChinaTime.format(t);
    }

}
