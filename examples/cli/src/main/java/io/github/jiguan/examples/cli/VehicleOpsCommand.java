package io.github.jiguan.examples.cli;

import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.FindingsCsv;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.TrackPolicy;
import io.github.jiguan.standards.source.StandardFormatException;
import io.github.jiguan.standards.source.StandardSet;
import io.github.jiguan.standards.vehicle.ReplacementRule;
import io.github.jiguan.standards.vehicle.VehicleConfigurationStandard;
import io.github.jiguan.standards.vehicle.ops.OperationsData;
import io.github.jiguan.standards.vehicle.ops.OperationsReport;
import io.github.jiguan.standards.vehicle.ops.OperationsStandard;
import io.github.jiguan.standards.vehicle.ops.OpsFindingType;
import io.github.jiguan.standards.vehicle.ops.SheetsCsv;
import io.github.jiguan.standards.vehicle.ops.VehicleOperations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiguan vehicle-ops}: reads a data directory with {@link OperationsFiles}, runs
 * {@link VehicleOperations} and writes findings.csv and the cost and maintenance sheets.
 */
@Command(name = "vehicle-ops", mixinStandardHelpOptions = true,
        header = "Audit vehicle operations: 一车一档, drivers, rentals, marking, areas, disposal, terminals, costs.",
        description = {"Reads vehicles.csv and, when present, orders.csv, fixes.csv, dossier.csv, drivers.csv, costs.csv,"
                + " rentals.csv, markings.csv and areas.csv from --data, and writes into --out: findings.csv (the common"
                + " format), trip-costs.csv, annual-costs.csv, unit-costs.csv, energy-comparison.csv, terminals.csv,"
                + " terminal-units.csv and dossier-units.csv. The formats are in docs/vehicle-ops.md."})
final class VehicleOpsCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The directory of the input files.")
    private Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write into (created).")
    private Path out;

    @Option(names = "--from", paramLabel = "DATE",
            description = "The first day the trajectories cover (default: the day of the first fix).")
    private LocalDate from;

    @CommandLine.Mixin
    private Options.Lang lang;

    @CommandLine.Mixin
    private Options.AsOf asOf;

    @CommandLine.Mixin
    private Options.Standards standards;

    @CommandLine.Mixin
    private Options.Strict strict;

    @CommandLine.Mixin
    private Options.Threads threads;

    @CommandLine.Mixin
    private RejectionReport rejections;

    @Override
    public Integer call() {
        Language language = lang.language();
        PrintWriter err = spec.commandLine().getErr();
        try (RejectionReport report = rejections) {
            Optional<AuditPeriod> period = Optional.ofNullable(from).map(f -> {
                if (f.isAfter(asOf.asOf)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--from " + f + " is after --as-of " + asOf.asOf);
                }
                return AuditPeriod.of(f, asOf.asOf.plusDays(1));
            });
            StandardSet set = standards.load(List.of(OperationsStandard.KIND, ReplacementRule.KIND,
                    VehicleConfigurationStandard.KIND));
            OperationsData input = OperationsFiles.read(data, report.open(err, strict.strict), period, asOf.asOf, threads, err);
            report.requireUsable();
            OperationsReport result = new VehicleOperations(set.get(OperationsStandard.KIND), set.get(ReplacementRule.KIND),
                    set.get(VehicleConfigurationStandard.KIND), TrackPolicy.defaults(), Duration.ofMinutes(30))
                    .run(input, asOf.asOf);
            write(result, language);
            print(input, result, report);
            return 0;
        } catch (CsvFormatException e) {
            err.println("jiguan vehicle-ops: " + e.rejection() + (strict.strict ? " (--strict: stopped)" : ""));
        } catch (StandardFormatException | UncheckedIOException e) {
            err.println("jiguan vehicle-ops: " + e.getMessage());
        }
        return 1;
    }

    private void write(OperationsReport r, Language language) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out, e);
        }
        FindingsCsv.write(out.resolve("findings.csv"), FindingsCsv.Layout.VEHICLES, r.findings(), language);
        sheet("trip-costs.csv", SheetsCsv.TRIP_COSTS, w -> SheetsCsv.tripCosts(w, r.tripCosts()));
        sheet("annual-costs.csv", SheetsCsv.ANNUAL, w -> SheetsCsv.annual(w, r.annual()));
        sheet("unit-costs.csv", SheetsCsv.UNITS, w -> SheetsCsv.units(w, r.units()));
        sheet("energy-comparison.csv", SheetsCsv.ENERGY, w -> SheetsCsv.energy(w, r.energy()));
        sheet("terminals.csv", SheetsCsv.TERMINALS, w -> SheetsCsv.terminals(w, r.terminals()));
        sheet("terminal-units.csv", SheetsCsv.TERMINAL_UNITS, w -> SheetsCsv.terminalUnits(w, r.terminalUnits()));
        sheet("dossier-units.csv", SheetsCsv.DOSSIER_UNITS, w -> SheetsCsv.dossiers(w, r.dossiers()));
    }

    private void sheet(String name, List<String> header, Consumer<CsvWriter> body) {
        try (CsvWriter w = CsvWriter.create(out.resolve(name), header)) {
            body.accept(w);
        }
    }

    private void print(OperationsData input, OperationsReport r, RejectionReport report) {
        PrintWriter o = spec.commandLine().getOut();
        o.println("vehicle-ops as of " + asOf.asOf + ": " + input.vehicles().size() + " vehicles, "
                + input.period().map(p -> "trajectories " + p.from() + " to " + p.to().minusDays(1)).orElse("no trajectories")
                + ", " + report.log().rejected() + " rows rejected");
        report.printCounts(o);
        Map<OpsFindingType, Integer> counts = new EnumMap<>(OpsFindingType.class);
        for (OpsFindingType t : OpsFindingType.values()) {
            counts.put(t, 0);
        }
        for (Finding f : r.findings()) {
            counts.merge((OpsFindingType) f.type(), 1, Integer::sum);
        }
        counts.forEach((t, n) -> o.println("  " + t + " " + t.chineseName() + ": " + n));
        long unattached = r.tripCosts().stream().filter(t -> t.unattached().isPresent()).count();
        o.println(r.tripCosts().size() - unattached + " trips costed, " + unattached + " costs unattached, "
                + r.annual().size() + " vehicle-years");
        o.println(r.findings().size() + " findings and the sheets written to " + out);
    }
}
