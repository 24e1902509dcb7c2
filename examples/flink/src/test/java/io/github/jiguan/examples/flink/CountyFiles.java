package io.github.jiguan.examples.flink;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.interchange.FixesCsv;
import io.github.jiguan.core.interchange.OrdersCsv;
import io.github.jiguan.core.interchange.VehiclesCsv;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.examples.cli.JiguanCli;
import io.github.jiguan.testkit.county.CountyFleetGenerator;
import io.github.jiguan.testkit.county.SampleFleet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The testkit's county fleet (30 vehicles, nine weeks around the 2025 Spring Festival, violations
 * injected) as interchange files in arrival order: fixes by time, orders by creation. The
 * {@code jiguan reconcile} CLI run on the same files is the batch answer the job must give.
 */
final class CountyFiles {

    final SampleFleet fleet;
    final List<Fix> fixes;

    private CountyFiles(SampleFleet fleet, List<Fix> fixes) {
        this.fleet = fleet;
        this.fixes = fixes;
    }

    private static CountyFiles shared;

    /** The fleet, generated once for all the tests of the module. */
    static synchronized CountyFiles generate() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    private static CountyFiles create() {
        List<Fix> fixes = new ArrayList<>();
        SampleFleet fleet = CountyFleetGenerator.builder().build().generate(
                (id, t, lat, lon, speed, heading, acc, valid, received) -> fixes.add(new Fix(id, Instant.ofEpochMilli(t),
                        lat, lon, speed, heading, acc, valid,
                        received == FixColumns.NO_TIME ? null : Instant.ofEpochMilli(received))));
        fixes.sort(Comparator.comparing(Fix::time));
        return new CountyFiles(fleet, List.copyOf(fixes));
    }

    /** Writes vehicles.csv and orders.csv, and fixes.csv with the given rows in the given order. */
    void write(Path dir, List<Fix> rows) throws IOException {
        try (CsvWriter w = CsvWriter.create(dir.resolve("vehicles.csv"), VehiclesCsv.HEADER)) {
            VehiclesCsv.write(w, fleet.vehicles());
        }
        List<DispatchOrder> orders = new ArrayList<>(fleet.orders());
        orders.sort(Comparator.comparing(DispatchOrder::createdAt).thenComparing(DispatchOrder::orderId));
        try (CsvWriter w = CsvWriter.create(dir.resolve("orders.csv"), OrdersCsv.HEADER)) {
            OrdersCsv.write(w, orders, ChinaTime.ZONE);
        }
        try (BufferedWriter b = Files.newBufferedWriter(dir.resolve("fixes.csv"), StandardCharsets.UTF_8);
             FixesCsv.Writer w = new FixesCsv.Writer(b, 8 * 3600)) {
            for (Fix f : rows) {
                w.write(f.vehicleId(), f.time().toEpochMilli(), f.latitude(), f.longitude(), f.speedKmh(), f.heading(),
                        f.acc() == null ? Acc.UNKNOWN : f.acc(), f.valid(),
                        f.receivedAt() == null ? FixColumns.NO_TIME : f.receivedAt().toEpochMilli());
            }
        }
    }

    /** The period's options. */
    String[] period() {
        return new String[] {"--from", fleet.period().from().toString(), "--to", fleet.period().to().toString()};
    }

    /** The findings.csv lines {@code jiguan reconcile} writes for the files in {@code dir}. */
    List<String> cliFindings(Path dir) throws IOException {
        Path out = dir.resolve("cli-findings.csv");
        StringWriter err = new StringWriter();
        int status = JiguanCli.run(concat(new String[] {"reconcile", "--vehicles", dir.resolve("vehicles.csv").toString(),
                "--orders", dir.resolve("orders.csv").toString(), "--fixes", dir.resolve("fixes.csv").toString(),
                "--out", out.toString(), "--threads", "1"}, period()), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        if (status != 0) {
            throw new IllegalStateException("jiguan reconcile failed: " + err);
        }
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    /** The arguments of jiguan-flink for the files in {@code dir}, writing {@code out}. */
    String[] flinkArgs(Path dir, Path out, String... more) {
        return concat(concat(new String[] {"--vehicles", dir.resolve("vehicles.csv").toString(),
                "--orders", dir.resolve("orders.csv").toString(), "--fixes", dir.resolve("fixes.csv").toString(),
                "--out", out.toString()}, period()), more);
    }

    /** The job's settings for these files, with {@code lateness}. */
    JobSettings settings(Path dir, Duration lateness) throws IOException {
        return new JobSettings(fleet.period().from(), fleet.period().to(),
                Files.readString(dir.resolve("vehicles.csv"), StandardCharsets.UTF_8), null, false, lateness,
                Duration.ofHours(1), "zh");
    }

    /** Findings the job gave back as the lines of a findings.csv. */
    static List<String> lines(List<OutputRow> findings) {
        StringWriter text = new StringWriter();
        try (CsvWriter w = CsvWriter.of(text, io.github.jiguan.core.finding.FindingsCsv.Layout.RECONCILE.header())) {
            findings.forEach(r -> w.row(r.fields));
        }
        return text.toString().lines().toList();
    }

    static String[] concat(String[] a, String... b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
