package io.github.jiguan.examples.flink;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.FindingsCsv;
import io.github.jiguan.core.finding.FindingsJsonLines;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.reconcile.VehicleSummary;
import java.time.Instant;
import java.util.Comparator;

/**
 * What the job hands back to the client: a finding (its findings.csv fields and JSON line, written
 * where it was found, so the client needs no rule), a vehicle's summary, a late record or a
 * rejected row. A Flink POJO.
 */
public class OutputRow {

    /** What the row is. */
    public enum Kind {
        /** A finding. */
        FINDING,
        /**
         * A vehicle's summary: {@link #fields} holds fixes, trips, orders, vehicle-days, offline
         * days, and the peak bytes of its keyed state (fixes waiting, the stream's snapshot).
         */
        SUMMARY,
        /** A fix or order that came later than the allowed lateness: {@link #fields} holds the late.csv row. */
        LATE,
        /** A rejected input row: {@link #fields} holds its rejection. */
        REJECTED
    }

    /**
     * The order findings.csv lists findings in: {@code Finding.REPORT_ORDER} on the keys a
     * reconciliation finding has (vehicle, start, type, order, end), then the row itself.
     */
    public static final Comparator<OutputRow> REPORT_ORDER = Comparator.comparing((OutputRow r) -> r.vehicleId)
            .thenComparingLong(r -> r.startSecond).thenComparingInt(r -> r.startNano)
            .thenComparingInt(r -> r.typeRank).thenComparing(r -> r.orderId)
            .thenComparingLong(r -> r.endSecond).thenComparingInt(r -> r.endNano)
            .thenComparing(r -> String.join("\u0000", r.fields));

    /** What the row is. */
    public Kind kind;
    /** The vehicle; empty when none. */
    public String vehicleId = "";
    /** A finding's start, epoch seconds. */
    public long startSecond;
    /** A finding's start, nanoseconds of the second. */
    public int startNano;
    /** A finding's type, in the order of its enum. */
    public int typeRank;
    /** A finding's order; empty when none. */
    public String orderId = "";
    /** A finding's end, epoch seconds. */
    public long endSecond;
    /** A finding's end, nanoseconds of the second. */
    public int endNano;
    /** The CSV fields. */
    public String[] fields = new String[0];
    /** A finding as a JSON line. */
    public String json = "";

    /** For Flink. */
    public OutputRow() {
    }

    /** A reconciliation finding with its findings.csv fields and JSON line in {@code language}. */
    public static OutputRow finding(Finding f, Language language) {
        OutputRow r = new OutputRow();
        r.kind = Kind.FINDING;
        r.vehicleId = f.subjects().vehicleId().orElse("");
        Instant start = f.coverage().start();
        Instant end = f.coverage().end();
        r.startSecond = start.getEpochSecond();
        r.startNano = start.getNano();
        r.endSecond = end.getEpochSecond();
        r.endNano = end.getNano();
        r.typeRank = f.type() instanceof Enum<?> e ? e.ordinal() : Integer.MAX_VALUE;
        r.orderId = f.subjects().orderId().orElse("");
        r.fields = FindingsCsv.row(FindingsCsv.Layout.RECONCILE, f, language).toArray(String[]::new);
        r.json = FindingsJsonLines.line(f, language);
        return r;
    }

    /** A vehicle's summary. */
    public static OutputRow summary(VehicleSummary s) {
        return of(Kind.SUMMARY, s.vehicleId(), Long.toString(s.fixes()), Integer.toString(s.trips()),
                Integer.toString(s.orders()), Integer.toString(s.vehicleDays()), Integer.toString(s.offlineDays()));
    }

    /** This summary with the peaks of the vehicle's keyed state: bytes waiting in buckets, and the stream's snapshot. */
    OutputRow withState(long[] meter) {
        String[] f = java.util.Arrays.copyOf(fields, fields.length + 2);
        f[fields.length] = Long.toString(meter[1]);
        f[fields.length + 1] = Long.toString(meter[2]);
        fields = f;
        return this;
    }

    /** A row of another kind. */
    public static OutputRow of(Kind kind, String vehicleId, String... fields) {
        OutputRow r = new OutputRow();
        r.kind = kind;
        r.vehicleId = vehicleId;
        r.fields = fields.clone();
        return r;
    }
}
