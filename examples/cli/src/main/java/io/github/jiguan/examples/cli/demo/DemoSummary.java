package io.github.jiguan.examples.cli.demo;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.standards.office.OfficeFindingType;
import io.github.jiguan.standards.vehicle.VehicleFindingType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The short summary the demo prints at the end: where the report is, and the findings against the truth. */
public final class DemoSummary {

    private DemoSummary() {
    }

    /** Prints the summary of {@code run}, whose report is {@code report}, written {@code seconds} after the start. */
    public static void print(DemoRun run, Path report, double seconds, PrintWriter out) {
        Map<String, Finding.Type> types = new HashMap<>();
        Stream.of(FindingType.values(), OfficeFindingType.values(), VehicleFindingType.values())
                .<Finding.Type>flatMap(Stream::of).forEach(t -> types.put(t.code(), t));
        out.println();
        out.println("report: " + report.toAbsolutePath().normalize());
        out.println("findings by type against the injected truth:");
        out.printf("  %-30s %-16s %6s %8s %8s %7s %6s%n", "type", "", "found", "injected", "matched", "missed", "extra");
        Audit audit = null;
        for (TruthCheck.Row r : run.truth().rows()) {
            if (r.audit() != audit) {
                audit = r.audit();
                out.println(" " + audit.name(Language.ZH) + " (" + audit.name(Language.EN) + ")");
            }
            Finding.Type t = types.get(r.type());
            out.printf("  %-30s %-16s %6d %8d %8d %7d %6d%n", r.type(), t == null ? "" : t.chineseName(), r.found(),
                    r.expected(), r.matched(), r.missed(), r.extra());
        }
        TruthCheck truth = run.truth();
        out.printf("%s: %d of %d injected violations found, %d missed, %d findings not injected%n",
                truth.exact() ? "MATCH" : "MISMATCH", truth.matched(), truth.expected(), truth.missed().size(),
                truth.extra().size());
        truth.missed().forEach(e -> out.println("  missed: " + e.audit() + " " + e.type() + " " + e.subject() + " "
                + e.orderId() + " (" + e.what() + ")"));
        truth.extra().forEach(a -> out.println("  extra: " + a.audit() + " " + a.finding().sentence(Language.EN)));
        out.printf("positions: %,d acknowledged, %,d stored, %,d missing; offline rate 离线率 %.1f%%%n",
                run.verification().acknowledged(), run.verification().stored(), run.verification().missing(),
                100 * run.reconcile().offlineRate());
        out.printf("done in %.1f s%n", seconds);
        out.flush();
    }
}
