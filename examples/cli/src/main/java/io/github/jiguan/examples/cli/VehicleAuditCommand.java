package io.github.jiguan.examples.cli;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.FindingsCsv;
import io.github.jiguan.core.fleet.FuelRecord;
import io.github.jiguan.core.interchange.FixesFile;
import io.github.jiguan.core.track.FleetFixes;
import io.github.jiguan.core.track.TrackPolicy;
import io.github.jiguan.core.track.TripDetector;
import io.github.jiguan.standards.fuel.DisclosureCsv;
import io.github.jiguan.standards.fuel.DisclosureHtml;
import io.github.jiguan.standards.fuel.DistanceSource;
import io.github.jiguan.standards.fuel.FuelAnomalyPolicy;
import io.github.jiguan.standards.fuel.FuelCsv;
import io.github.jiguan.standards.fuel.FuelDisclosure;
import io.github.jiguan.standards.fuel.FuelDisclosureReport;
import io.github.jiguan.standards.fuel.OdometerDistance;
import io.github.jiguan.standards.fuel.TripDistance;
import io.github.jiguan.standards.source.StandardFormatException;
import io.github.jiguan.standards.source.StandardSet;
import io.github.jiguan.standards.vehicle.FleetCsv;
import io.github.jiguan.standards.vehicle.NewEnergyShareRule;
import io.github.jiguan.standards.vehicle.ReplacementRule;
import io.github.jiguan.standards.vehicle.VehicleAudit;
import io.github.jiguan.standards.vehicle.VehicleConfigurationStandard;
import io.github.jiguan.standards.vehicle.VehicleDossier;
import io.github.jiguan.standards.vehicle.VehicleFindingType;
import io.github.jiguan.standards.vehicle.VehicleQuota;
import io.github.jiguan.examples.cli.report.TextFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiguan vehicle-audit}: reads the fleet with standards' {@link FleetCsv} and {@link FuelCsv},
 * audits it with {@link VehicleAudit}, computes the {@link FuelDisclosure} and writes the findings.
 */
@Command(name = "vehicle-audit", mixinStandardHelpOptions = true,
        header = "Audit official vehicles and write the per-vehicle fuel disclosure.",
        description = {"Audit official vehicles against 《党政机关公务用车管理办法》: configuration ceilings, replacement,"
                + " marking, quotas and the new-energy share, and write the per-vehicle fuel disclosure (CSV and a"
                + " printable HTML page), each finding citing its rule.",
            "The formats of vehicles.csv (with the dossier columns), quotas.csv, fuel.csv and trips.csv are in"
                + " docs/formats.md. The new-energy share applies by the units' agency_level: nationally to central"
                + " bodies only; a province's --standard file may extend it (docs/standards.md). Example files are in"
                + " examples/data/vehicle-audit/."})
final class VehicleAuditCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--vehicles", required = true, paramLabel = "FILE",
            description = "vehicles.csv with the dossier columns: the fleet.")
    private Path vehicles;

    @Option(names = "--quotas", required = true, paramLabel = "FILE", description = "quotas.csv: the units' quotas.")
    private Path quotas;

    @Option(names = "--fuel", paramLabel = "FILE", description = "fuel.csv: the refuellings; the disclosure needs it.")
    private Path fuel;

    @Option(names = "--trips", paramLabel = "FILE",
            description = "trips.csv: monthly trip distances per vehicle, preferred to the odometer.")
    private Path trips;

    @Option(names = "--fixes", paramLabel = "FILE",
            description = "fixes.csv: trajectories whose detected trips give the monthly distances.")
    private Path fixes;

    @Option(names = "--disclosure-csv", paramLabel = "FILE", description = "The fuel disclosure as CSV, to write.")
    private Path disclosureCsv;

    @Option(names = "--disclosure-html", paramLabel = "FILE",
            description = "The fuel disclosure as a printable HTML page, to write.")
    private Path disclosureHtml;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "公务用车单车油耗公示",
            description = "The title of the HTML page (default: ${DEFAULT-VALUE}).")
    private String title;

    @Option(names = "--anomaly-rule", paramLabel = "RULE", defaultValue = "EITHER",
            description = "What a month's L/100 km is compared with: OWN_HISTORY, CATEGORY_MEDIAN, EITHER or BOTH"
                    + " (default: ${DEFAULT-VALUE}).")
    private FuelAnomalyPolicy.Rule anomalyRule;

    @Option(names = "--anomaly-factor", paramLabel = "X", defaultValue = "1.5",
            description = "How many times the median is an anomaly (default: ${DEFAULT-VALUE}).")
    private BigDecimal anomalyFactor;

    @Option(names = "--anomaly-min-samples", paramLabel = "N", defaultValue = "3",
            description = "The fewest figures a median is taken from (default: ${DEFAULT-VALUE}).")
    private int anomalyMinSamples;

    @CommandLine.Mixin
    private Options.AsOf asOf;

    @CommandLine.Mixin
    private Options.FindingsOut out;

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
        if ((disclosureCsv != null || disclosureHtml != null) && fuel == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--disclosure-csv and --disclosure-html need --fuel");
        }
        if (trips != null && fixes != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give the distances either as --trips or as --fixes, not both");
        }
        FuelAnomalyPolicy policy = policy();
        PrintWriter err = spec.commandLine().getErr();
        try (RejectionReport report = rejections) {
            ImportLog log = report.open(err, strict.strict);
            StandardSet set = standards.load(List.of(VehicleConfigurationStandard.KIND, ReplacementRule.KIND,
                    NewEnergyShareRule.KIND));
            VehicleConfigurationStandard configuration = set.get(VehicleConfigurationStandard.KIND);
            VehicleAudit audit = new VehicleAudit(configuration, set.get(ReplacementRule.KIND),
                    set.get(NewEnergyShareRule.KIND));
            FleetCsv fleet = new FleetCsv(log);
            try (CsvReader in = CsvReader.open(vehicles)) {
                fleet.readVehicles(in);
            }
            List<VehicleQuota> quotaList;
            try (CsvReader in = CsvReader.open(quotas)) {
                quotaList = fleet.readQuotas(in);
            }
            List<Finding> findings = new ArrayList<>(audit.run(fleet.fleet(), quotaList, asOf.asOf, fleet.agencyLevels()));
            FuelDisclosureReport disclosure = fuel == null ? null : disclose(configuration, policy, log, fleet);
            if (disclosure != null) {
                findings.addAll(disclosure.anomalies());
                findings.sort(VehicleAudit.REPORT_ORDER);
            }
            out.write(FindingsCsv.Layout.VEHICLES, findings);
            print(fleet.dossiers().size(), findings, report, disclosure);
            return 0;
        } catch (CsvFormatException e) {
            err.println("jiguan vehicle-audit: " + e.rejection() + (strict.strict ? " (--strict: stopped)" : ""));
        } catch (StandardFormatException | UncheckedIOException e) {
            err.println("jiguan vehicle-audit: " + e.getMessage());
        }
        return 1;
    }

    private FuelAnomalyPolicy policy() {
        try {
            return new FuelAnomalyPolicy(anomalyRule, anomalyFactor, anomalyMinSamples);
        } catch (InvalidValueException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private FuelDisclosureReport disclose(VehicleConfigurationStandard configuration, FuelAnomalyPolicy policy,
                                          ImportLog log, FleetCsv fleet) {
        List<FuelRecord> records;
        try (CsvReader in = CsvReader.open(fuel)) {
            records = FuelCsv.readFuel(in, fleet.dossiers().keySet(), log);
        }
        DistanceSource distances = OdometerDistance.from(records, ChinaTime.ZONE);
        if (trips != null) {
            try (CsvReader in = CsvReader.open(trips)) {
                distances = FuelCsv.readTrips(in, fleet.dossiers().keySet(), log).orElse(distances);
            }
        } else if (fixes != null) {
            distances = detectedTrips(log, fleet).orElse(distances);
        }
        FuelDisclosureReport report = new FuelDisclosure(configuration, policy, ChinaTime.ZONE)
                .compute(fleet.fleet().stream().map(VehicleDossier::vehicle).toList(), records, distances);
        if (disclosureCsv != null) {
            TextFile.write(disclosureCsv, w -> DisclosureCsv.write(report.rows(), w));
        }
        if (disclosureHtml != null) {
            TextFile.write(disclosureHtml, w -> DisclosureHtml.write(report, title, asOf.asOf, w));
        }
        return report;
    }

    /** Reads the trajectories and sums each vehicle's detected trips by month. */
    private TripDistance detectedTrips(ImportLog log, FleetCsv fleet) {
        ExecutorService pool = threads.pool();
        try (Progress progress = Progress.start(spec.commandLine().getErr(), fixes.getFileName().toString(),
                Files.size(fixes))) {
            FleetFixes read = FixesFile.of(fixes).threads(threads.threads, pool).progress(progress::add)
                    .read(fleet.dossiers().keySet(), log);
            TripDetector detector = TripDetector.of(TrackPolicy.defaults(), ChinaTime.ZONE);
            TripDistance.Builder builder = TripDistance.builder();
            for (String id : read.vehicleIds()) {
                builder.addTrips(id, detector.analyse(read.columns(id)).trips(), ChinaTime.ZONE);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fixes, e);
        } finally {
            pool.shutdown();
        }
    }

    private void print(int vehicleCount, List<Finding> findings, RejectionReport report,
                       FuelDisclosureReport disclosure) {
        PrintWriter o = spec.commandLine().getOut();
        o.println("vehicle-audit as of " + asOf.asOf + ": " + vehicleCount + " vehicles, " + report.log().rejected()
                + " rows rejected");
        report.printCounts(o);
        Map<VehicleFindingType, Integer> counts = new EnumMap<>(VehicleFindingType.class);
        for (VehicleFindingType t : VehicleFindingType.values()) {
            counts.put(t, 0);
        }
        findings.forEach(f -> counts.merge((VehicleFindingType) f.type(), 1, Integer::sum));
        counts.forEach((t, n) -> o.println("  " + t + " " + t.chineseName() + ": " + n));
        if (disclosure != null) {
            o.println(disclosure.rows().size() + " vehicle-months disclosed");
        }
        o.println(findings.size() + " findings written to " + out.out);
    }
}
