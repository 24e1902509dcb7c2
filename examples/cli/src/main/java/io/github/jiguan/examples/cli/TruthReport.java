package io.github.jiguan.examples.cli;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.testkit.county.Injected;
import io.github.jiguan.testkit.county.TruthScore;
import java.io.PrintWriter;
import java.util.List;

/** {@code reconcile --truth}: the score of the findings against injected.csv, as a table. */
final class TruthReport {

    /** At most this many missed and extra rows are listed; the table counts them all. */
    static final int LISTED = 10;

    private TruthReport() {
    }

    static void print(PrintWriter o, String source, TruthScore score) {
        o.printf("scored against %s (same type, vehicle and order; intervals overlapping once widened by %d min at"
                + " both ends):%n", source, score.slack().toMinutes());
        o.printf("  %-26s %8s %8s %8s %8s %12s%n", "type", "injected", "matched", "missed", "extra", "max offset");
        for (TruthScore.Row r : score.rows()) {
            row(o, r);
        }
        row(o, score.total());
        List<Injected> missed = score.missed();
        for (Injected i : missed.subList(0, Math.min(LISTED, missed.size()))) {
            o.printf("  missed %s %s %s %s–%s (%s)%n", i.type().code(), i.vehicleId(), i.orderId(),
                    ChinaTime.format(i.start()), ChinaTime.format(i.end()), i.what());
        }
        List<Finding> extra = score.extra();
        for (Finding f : extra.subList(0, Math.min(LISTED, extra.size()))) {
            o.printf("  extra %s %s %s %s–%s%n", f.type().code(), f.vehicleId().orElse(""), f.orderId().orElse(""),
                    ChinaTime.format(f.start()), ChinaTime.format(f.end()));
        }
        if (missed.size() > LISTED || extra.size() > LISTED) {
            o.printf("  (the first %d missed and extra rows are listed)%n", LISTED);
        }
    }

    private static void row(PrintWriter o, TruthScore.Row r) {
        o.printf("  %-26s %8d %8d %8d %8d %10d s%n", r.type(), r.injected(), r.matched(), r.missed(), r.extra(),
                r.maxOffset().toSeconds());
    }
}
