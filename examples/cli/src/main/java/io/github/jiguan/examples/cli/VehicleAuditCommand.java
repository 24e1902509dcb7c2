package io.github.jiguan.examples.cli;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.Cells;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.fleet.EnergyType;
import io.github.jiguan.core.fleet.FuelRecord;
import io.github.jiguan.core.fleet.Marking;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.fleet.Vin;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.org.AdministrativeLevel;
import io.github.jiguan.core.track.TrackPolicy;
import io.github.jiguan.core.track.TripDetector;
import io.github.jiguan.standards.fuel.DisclosureCsv;
import io.github.jiguan.standards.fuel.DisclosureHtml;
import io.github.jiguan.standards.fuel.DistanceSource;
import io.github.jiguan.standards.fuel.FuelAnomalyPolicy;
import io.github.jiguan.standards.fuel.FuelDisclosure;
import io.github.jiguan.standards.fuel.FuelDisclosureReport;
import io.github.jiguan.standards.fuel.OdometerDistance;
import io.github.jiguan.standards.fuel.TripDistance;
import io.github.jiguan.standards.source.StandardFormatException;
import io.github.jiguan.standards.vehicle.ConfigurationTier;
import io.github.jiguan.standards.vehicle.NewEnergyShareRule;
import io.github.jiguan.standards.vehicle.ReplacementRule;
import io.github.jiguan.standards.vehicle.VehicleAudit;
import io.github.jiguan.standards.vehicle.VehicleConfigurationStandard;
import io.github.jiguan.standards.vehicle.VehicleDossier;
import io.github.jiguan.standards.vehicle.VehicleFinding;
import io.github.jiguan.standards.vehicle.VehicleFindingType;
import io.github.jiguan.standards.vehicle.VehicleQuota;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code jiguan vehicle-audit}: audits a fleet against 《党政机关公务用车管理办法》 (configuration,
 * replacement, marking, quotas, new-energy share) and writes the per-vehicle fuel disclosure.
 */
@Command(name = "vehicle-audit", mixinStandardHelpOptions = true,
        description = {"Audit official vehicles: configuration ceilings, replacement, marking, quotas and the new-energy",
            "share, and the per-vehicle fuel disclosure (CSV and a printable HTML page), each finding citing its rule.",
            "vehicles.csv: vehicle_id,plate,agency_id,category,base_lat,base_lon,displacement_l,price_yuan,energy,"
                + "purchase_date,odometer_km,marking [,configuration,disposal_date,vin,agency_level]",
            "agency_level (CENTRAL, PROVINCE, CITY, COUNTY, TOWNSHIP) decides whether the new-energy share applies:",
            "nationally to central bodies only; a province's --standard file may extend it to its own levels.",
            "quotas.csv: agency_id,category,quota   fuel.csv: vehicle_id,time,litres,amount_yuan,odometer_km",
            "trips.csv (optional): vehicle_id,month,distance_km",
            "fixes.csv (optional, instead of trips.csv): the trajectories, as for reconcile; trips are detected per DESIGN §5"})
final class VehicleAuditCommand implements Callable<Integer> {

    static final List<String> VEHICLE_COLUMNS = List.of("vehicle_id", "plate", "agency_id", "category", "base_lat",
            "base_lon", "displacement_l", "price_yuan", "energy", "purchase_date", "odometer_km", "marking");
    static final List<String> QUOTA_COLUMNS = List.of("agency_id", "category", "quota");
    static final List<String> FUEL_COLUMNS = List.of("vehicle_id", "time", "litres", "amount_yuan", "odometer_km");
    static final List<String> TRIP_COLUMNS = List.of("vehicle_id", "month", "distance_km");
    static final List<String> FINDING_COLUMNS = List.of("type", "vehicle_id", "agency_id", "period", "detail", "rule");
    static final List<String> IDS = List.of(VehicleConfigurationStandard.ID, ReplacementRule.ID, NewEnergyShareRule.ID);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private AuditOptions common;

    @Option(names = "--vehicles", required = true, description = "vehicles.csv")
    private Path vehicles;

    @Option(names = "--quotas", required = true, description = "quotas.csv")
    private Path quotas;

    @Option(names = "--fuel", description = "fuel.csv; required for the disclosure")
    private Path fuel;

    @Option(names = "--trips", description = "trips.csv: per-vehicle monthly trip distances, preferred to the odometer")
    private Path trips;

    @Option(names = "--fixes", description = "fixes.csv: trajectories whose detected trips give the monthly distance")
    private Path fixes;

    @Option(names = "--disclosure-csv", description = "fuel disclosure CSV to write")
    private Path disclosureCsv;

    @Option(names = "--disclosure-html", description = "fuel disclosure as a printable HTML page to write")
    private Path disclosureHtml;

    @Option(names = "--title", defaultValue = "公务用车单车油耗公示", description = "title of the HTML page (default: ${DEFAULT-VALUE})")
    private String title;

    @Option(names = "--anomaly-rule", defaultValue = "EITHER",
            description = "OWN_HISTORY, CATEGORY_MEDIAN, EITHER or BOTH (default: ${DEFAULT-VALUE})")
    private FuelAnomalyPolicy.Rule anomalyRule;

    @Option(names = "--anomaly-factor", defaultValue = "1.5", description = "times the median that is an anomaly (default: ${DEFAULT-VALUE})")
    private BigDecimal anomalyFactor;

    @Option(names = "--anomaly-min-samples", defaultValue = "3", description = "fewest figures a median is taken from (default: ${DEFAULT-VALUE})")
    private int anomalyMinSamples;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if ((disclosureCsv != null || disclosureHtml != null) && fuel == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--disclosure-csv and --disclosure-html need --fuel");
            }
            if (trips != null && fixes != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "give the distances either as --trips or as --fixes, not both");
            }
            Standards standards = Standards.load(common.overrides, IDS);
            VehicleConfigurationStandard configuration = VehicleConfigurationStandard.withOverrides(standards.of(IDS.get(0)));
            VehicleAudit audit = new VehicleAudit(configuration, ReplacementRule.withOverrides(standards.of(IDS.get(1))),
                    NewEnergyShareRule.withOverrides(standards.of(IDS.get(2))));
            FuelAnomalyPolicy policy = policy();
            CsvInput input = new CsvInput(common.strict);
            Map<String, VehicleDossier> fleet = new LinkedHashMap<>();
            Map<String, AdministrativeLevel> levels = new HashMap<>();
            input.read(vehicles, VEHICLE_COLUMNS, r -> {
                VehicleDossier d = dossier(r);
                AdministrativeLevel level = r.optional("agency_level", AdministrativeLevel::parse);
                AdministrativeLevel known = level == null ? null : levels.get(d.vehicle().agencyId());
                if (known != null && known != level) {
                    throw r.reject("agency_level", "contradicts " + known + " given for agency "
                            + d.vehicle().agencyId() + " on an earlier row");
                }
                if (fleet.putIfAbsent(d.id(), d) != null) {
                    throw r.reject("vehicle_id", "appears twice");
                }
                if (level != null) {
                    levels.put(d.vehicle().agencyId(), level);
                }
                return d;
            });
            List<VehicleQuota> quotaList = quotas(input);
            List<VehicleFinding> findings = new ArrayList<>(audit.run(List.copyOf(fleet.values()), quotaList,
                    common.asOf, levels));
            FuelDisclosureReport disclosure = fuel == null ? null : disclose(configuration, policy, input, fleet);
            if (disclosure != null) {
                findings.addAll(disclosure.anomalies());
                findings.sort(VehicleFinding.ORDER);
            }
            writeFindings(findings);
            summary(fleet.size(), findings, input.rejections(), disclosure);
            return 0;
        } catch (CsvFormatException | StandardFormatException | UncheckedIOException | InvalidValueException e) {
            err.println("vehicle-audit: " + e.getMessage());
            return 1;
        }
    }

    private FuelAnomalyPolicy policy() {
        try {
            return new FuelAnomalyPolicy(anomalyRule, anomalyFactor, anomalyMinSamples);
        } catch (InvalidValueException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private VehicleDossier dossier(CsvInput.Row r) {
        String lat = r.text("base_lat");
        String lon = r.text("base_lon");
        GeoPoint base = lat.isEmpty() && lon.isEmpty() ? null
                : GeoPoint.of(r.field("base_lat", t -> Cells.number("base_lat", t)), r.field("base_lon", t -> Cells.number("base_lon", t)));
        Vehicle v = Vehicle.builder(r.field("vehicle_id", s -> s), r.field("plate", Plate::of), r.field("agency_id", s -> s),
                        r.field("category", VehicleCategory::parse))
                .base(base)
                .vin(r.optional("vin", Vin::of))
                .energy(r.optional("energy", EnergyType::parse))
                .displacementLitres(r.optional("displacement_l", t -> Cells.decimal("displacement_l", t)))
                .priceYuan(r.optional("price_yuan", t -> Cells.decimal("price_yuan", t)))
                .purchaseDate(r.optional("purchase_date", t -> Cells.date("purchase_date", t)))
                .marking(r.optional("marking", Marking::parse))
                .inService(null, r.optional("disposal_date", t -> Cells.date("disposal_date", t)))
                .build();
        ConfigurationTier tier = r.optional("configuration", ConfigurationTier::parse);
        return new VehicleDossier(v, tier == null ? ConfigurationTier.STANDARD : tier,
                r.optional("odometer_km", t -> Cells.decimal("odometer_km", t)));
    }

    private List<VehicleQuota> quotas(CsvInput input) {
        Set<String> seen = new HashSet<>();
        List<VehicleQuota> list = new ArrayList<>();
        input.read(quotas, QUOTA_COLUMNS, r -> {
            VehicleQuota q = new VehicleQuota(r.field("agency_id", s -> s), r.field("category", VehicleCategory::parse),
                    r.field("quota", t -> Cells.integer("quota", t)));
            if (!seen.add(q.agencyId() + "|" + q.category())) {
                throw r.reject("category", "is given twice for agency " + q.agencyId());
            }
            return q;
        }).forEach(list::add);
        return list;
    }

    private FuelDisclosureReport disclose(VehicleConfigurationStandard configuration, FuelAnomalyPolicy policy,
                                          CsvInput input, Map<String, VehicleDossier> fleet) {
        List<FuelRecord> records = input.read(fuel, FUEL_COLUMNS, r -> {
            String id = r.field("vehicle_id", s -> s);
            if (!fleet.containsKey(id)) {
                throw r.reject("vehicle_id", "is not in " + vehicles.getFileName());
            }
            return new FuelRecord(id, r.field("time", t -> Cells.instant("time", t)),
                    r.field("litres", t -> Cells.decimal("litres", t)), r.field("amount_yuan", t -> Cells.decimal("amount_yuan", t)),
                    r.optional("odometer_km", t -> Cells.decimal("odometer_km", t)));
        });
        DistanceSource distances = OdometerDistance.from(records, ChinaTime.ZONE);
        if (trips != null) {
            distances = tripDistances(input, fleet).orElse(distances);
        } else if (fixes != null) {
            distances = detectedTrips(input, fleet).orElse(distances);
        }
        FuelDisclosureReport report = new FuelDisclosure(configuration, policy, ChinaTime.ZONE)
                .compute(fleet.values().stream().map(VehicleDossier::vehicle).toList(), records, distances);
        if (disclosureCsv != null) {
            write(disclosureCsv, w -> DisclosureCsv.write(report.rows(), w));
        }
        if (disclosureHtml != null) {
            write(disclosureHtml, w -> DisclosureHtml.write(report, title, common.asOf, w));
        }
        return report;
    }

    private TripDistance tripDistances(CsvInput input, Map<String, VehicleDossier> fleet) {
        TripDistance.Builder builder = TripDistance.builder();
        input.read(trips, TRIP_COLUMNS, r -> {
            String id = r.field("vehicle_id", s -> s);
            if (!fleet.containsKey(id)) {
                throw r.reject("vehicle_id", "is not in " + vehicles.getFileName());
            }
            YearMonth month = r.field("month", VehicleAuditCommand::month);
            return builder.add(id, month, r.field("distance_km", t -> Cells.decimal("distance_km", t)));
        });
        return builder.build();
    }

    /** Reads the trajectories and sums each vehicle's detected trips by month. */
    private TripDistance detectedTrips(CsvInput input, Map<String, VehicleDossier> fleet) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Progress progress = Progress.start(spec.commandLine().getErr(), fixes.getFileName().toString(),
                Files.size(fixes))) {
            FixesFile.Read read = new FixesFile(fixes).read(fleet.keySet(), threads, common.strict, pool,
                    input::reject, progress);
            TripDetector detector = TripDetector.of(TrackPolicy.defaults(), ChinaTime.ZONE);
            TripDistance.Builder builder = TripDistance.builder();
            for (String id : read.fixes().vehicleIds()) {
                builder.addTrips(id, detector.analyse(read.fixes().columns(id)).trips(), ChinaTime.ZONE);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fixes, e);
        } finally {
            pool.shutdown();
        }
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("month", "must be a month such as 2025-06", text);
        }
    }

    private interface Body {
        void write(Writer w);
    }

    private static void write(Path file, Body body) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.write(w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void writeFindings(List<VehicleFinding> findings) {
        try (CsvWriter csv = CsvWriter.create(common.out, FINDING_COLUMNS)) {
            for (VehicleFinding f : findings) {
                csv.row(f.type().name(), f.vehicleId(), f.agencyId(), f.period(), f.detail(), f.rule().toString());
            }
        }
    }

    private void summary(int vehicleCount, List<VehicleFinding> findings, List<Rejection> rejected,
                         FuelDisclosureReport disclosure) {
        PrintWriter o = spec.commandLine().getOut();
        rejected.forEach(r -> spec.commandLine().getErr().println("rejected " + r));
        o.println("vehicle-audit as of " + common.asOf + ": " + vehicleCount + " vehicles, " + rejected.size() + " rows rejected");
        Map<VehicleFindingType, Integer> counts = new EnumMap<>(VehicleFindingType.class);
        for (VehicleFindingType t : VehicleFindingType.values()) {
            counts.put(t, 0);
        }
        findings.forEach(f -> counts.merge(f.type(), 1, Integer::sum));
        counts.forEach((t, n) -> o.println("  " + t + " " + t.chineseName() + ": " + n));
        if (disclosure != null) {
            o.println(disclosure.rows().size() + " vehicle-months disclosed");
        }
        o.println(findings.size() + " findings written to " + common.out);
    }
}
