package io.github.jiguan.examples.cli.demo;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.FuelRecord;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.ReconcileResult;
import io.github.jiguan.core.reconcile.Reconciler;
import io.github.jiguan.core.track.FleetFixes;
import io.github.jiguan.core.track.TrackPolicy;
import io.github.jiguan.core.track.Trip;
import io.github.jiguan.core.track.TripDetector;
import io.github.jiguan.examples.cli.DatabaseFleet;
import io.github.jiguan.examples.gateway.Gateway;
import io.github.jiguan.examples.gateway.GatewayConfig;
import io.github.jiguan.examples.gateway.simulator.FleetPlan;
import io.github.jiguan.examples.gateway.simulator.Simulation;
import io.github.jiguan.examples.gateway.simulator.SimulationConfig;
import io.github.jiguan.examples.gateway.simulator.SimulationReport;
import io.github.jiguan.examples.gateway.storage.Database;
import io.github.jiguan.standards.fuel.FuelCsv;
import io.github.jiguan.standards.fuel.FuelDisclosure;
import io.github.jiguan.standards.fuel.FuelDisclosureReport;
import io.github.jiguan.standards.fuel.TripDistance;
import io.github.jiguan.standards.office.OfficeAudit;
import io.github.jiguan.standards.office.OfficeAuditReport;
import io.github.jiguan.standards.office.OfficeRegister;
import io.github.jiguan.standards.office.OfficeRegisterCsv;
import io.github.jiguan.standards.vehicle.FleetCsv;
import io.github.jiguan.standards.vehicle.VehicleAudit;
import io.github.jiguan.standards.vehicle.VehicleDossier;
import io.github.jiguan.standards.vehicle.VehicleQuota;
import io.github.jiguan.testkit.county.InjectedCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole system on one county, stage by stage: a gateway on a free loopback port with its H2
 * database in the report directory; the county fleet's terminals reporting to it over TCP; what was
 * acknowledged checked against what was stored; the dispatch orders reconciled with the positions
 * read back from the database; the example office ledger and the fleet's dossier, quotas and fuel
 * audited; every finding matched against what was injected. Not thread-safe; one run per instance.
 */
public final class Demo {

    /** The stages it runs, for the progress display (the report is one more). */
    public static final int STAGES = 7;

    private static final String RESOURCES = "/io/github/jiguan/examples/cli/demo/";
    private static final Duration SIMULATION_TIMEOUT = Duration.ofMinutes(15);

    private final DemoConfig config;
    private final WorkCalendar calendar;
    private final StageProgress progress;
    private final Path input;
    private final long started = System.nanoTime();

    private Demo(DemoConfig config, WorkCalendar calendar, StageProgress progress) {
        this.config = config;
        this.calendar = calendar;
        this.progress = progress;
        this.input = config.out().resolve("input");
    }

    /**
     * Runs the demo up to the report's data.
     *
     * @throws DemoFailedException when a stage cannot go on (a port, a file, the database)
     */
    public static DemoRun run(DemoConfig config, StageProgress progress) {
        return run(config, WorkCalendar.chinaOfficial(), progress);
    }

    /**
     * Runs the demo with {@code calendar}'s working days, for a period the shipped arrangements do not cover.
     *
     * @throws DemoFailedException when a stage cannot go on (a port, a file, the database)
     * @throws io.github.jiguan.core.calendar.CalendarYearNotCoveredException when the calendar cannot answer a day
     */
    public static DemoRun run(DemoConfig config, WorkCalendar calendar, StageProgress progress) {
        return new Demo(config, calendar, progress).run();
    }

    private DemoRun run() {
        FleetPlan plan = plan();
        String url = Database.h2FileUrl(config.out().resolve("database"));
        SimulationReport simulation;
        SimulationReport.Verification verification;
        try (Gateway gateway = startGateway(plan, url)) {
            simulation = simulate(plan, gateway);
            verification = verify(simulation, gateway);
        }
        DatabaseFleet stored = readBack(url, plan);
        Map<String, List<Trip>> trips = new TreeMap<>();
        ReconcileResult reconcile = reconcile(plan, stored, trips);
        OfficeStage office = officeAudit();
        VehicleStage vehicles = vehicleAudit(stored.vehicles(), trips);
        List<AuditedFinding> all = new ArrayList<>();
        reconcile.findings().forEach(f -> all.add(new AuditedFinding(Audit.RECONCILE, f)));
        office.report().findings().forEach(f -> all.add(new AuditedFinding(Audit.OFFICE, f)));
        vehicles.findings().forEach(f -> all.add(new AuditedFinding(Audit.VEHICLES, f)));
        List<Expected> expected = new ArrayList<>();
        plan.injected().forEach(i -> expected.add(new Expected(Audit.RECONCILE, i.type().code(), i.vehicleId(),
                i.orderId(), i.start(), i.end(), i.what())));
        expected.addAll(officeExpected());
        expected.addAll(vehicles.expected());
        return new DemoRun(config, plan, simulation, verification, stored.fixes(), trips, reconcile,
                office.register(), office.report(), vehicles.dossiers(), vehicles.fuel(), all,
                TruthCheck.of(expected, all), Duration.ofNanos(System.nanoTime() - started));
    }

    private FleetPlan plan() {
        StageProgress.Stage stage = progress.start("county fleet", 0, () -> 0);
        // 32 messages in flight per terminal instead of 8: the loopback gateway keeps up, and the stage is shorter
        FleetPlan plan = FleetPlan.generate(SimulationConfig.builder().vehicles(config.vehicles()).days(config.days())
                .from(config.from()).seed(config.seed()).window(32).build(), calendar);
        try {
            Files.createDirectories(input);
            plan.writeRegister(input.resolve("vehicles.csv"));
            plan.writeOrders(input.resolve("orders.csv"));
            try (CsvWriter w = CsvWriter.create(input.resolve("injected.csv"), InjectedCsv.HEADER)) {
                InjectedCsv.write(w, plan.injected());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DemoFailedException("cannot write " + input + ": " + e.getMessage(), e);
        }
        stage.end(String.format("%d vehicles, %,d dispatch orders, %,d fixes to send over %s; %d violations injected",
                plan.vehicles().size(), plan.orders().size(), plan.fixCount(), plan.period(), plan.injected().size()));
        return plan;
    }

    private Gateway startGateway(FleetPlan plan, String url) {
        StageProgress.Stage stage = progress.start("gateway", 0, () -> 0);
        Gateway gateway;
        try {
            gateway = Gateway.start(GatewayConfig.builder().host("127.0.0.1").port(0).jdbc(url, null, null).build(),
                    plan.register());
        } catch (RuntimeException e) {
            throw new DemoFailedException("cannot start the gateway: " + e.getMessage(), e);
        }
        stage.end("JT/T 808 gateway listening on 127.0.0.1:" + gateway.port() + ", H2 database in "
                + config.out().resolve("database"));
        return gateway;
    }

    private SimulationReport simulate(FleetPlan plan, Gateway gateway) {
        Simulation simulation = plan.start(new InetSocketAddress("127.0.0.1", gateway.port()));
        StageProgress.Stage stage = progress.start("terminals report", plan.fixCount(),
                () -> simulation.progress().acknowledged());
        SimulationReport report = simulation.await(SIMULATION_TIMEOUT);
        stage.end(String.format("%s: %,d of %,d locations acknowledged in %.1f s (%,.0f/s); %,d damaged frames and"
                        + " %,d blind-area batches among them", report.complete() ? "complete" : "INCOMPLETE",
                report.acknowledged(), report.planned(), report.elapsed().toNanos() / 1e9,
                report.locationsPerSecond(), report.corruptedFrames(), report.blindAreaBatches()));
        return report;
    }

    private SimulationReport.Verification verify(SimulationReport report, Gateway gateway) {
        StageProgress.Stage stage = progress.start("acknowledged = stored", 0, () -> 0);
        try {
            SimulationReport.Verification v = report.verify(gateway.database());
            stage.end(String.format("%,d acknowledged, %,d stored, %,d missing", v.acknowledged(), v.stored(),
                    v.missing()));
            return v;
        } catch (SQLException e) {
            throw new DemoFailedException("cannot read the gateway's database: " + e.getMessage(), e);
        }
    }

    private DatabaseFleet readBack(String url, FleetPlan plan) {
        try (Database db = Database.open(url, null, null, 2)) {
            return DatabaseFleet.read(db, plan.period());
        } catch (SQLException | RuntimeException e) {
            throw new DemoFailedException("cannot read the positions back from " + url + ": " + e.getMessage(), e);
        }
    }

    private ReconcileResult reconcile(FleetPlan plan, DatabaseFleet stored, Map<String, List<Trip>> trips) {
        StageProgress.Stage stage = progress.start("reconcile", 0, () -> 0);
        FleetFixes fixes = stored.fixes();
        TripDetector detector = TripDetector.of(TrackPolicy.defaults(), ChinaTime.ZONE);
        for (String id : fixes.vehicleIds()) {
            trips.put(id, detector.analyse(fixes.columns(id)).trips());
        }
        ReconcileResult result = Reconciler.of(calendar, ReconcilePolicy.defaults())
                .reconcile(stored.vehicles(), plan.orders(), fixes, plan.period());
        stage.end(String.format("%,d stored positions of %d vehicles read back from the database: %,d trips,"
                        + " %d findings, offline rate %.1f%%", fixes.size(), stored.vehicles().size(),
                result.total().trips(), result.findings().size(), 100 * result.offlineRate()));
        return result;
    }

    private record OfficeStage(OfficeRegister register, OfficeAuditReport report) {
    }

    private record VehicleStage(List<VehicleDossier> dossiers, FuelDisclosureReport fuel, List<Finding> findings,
                                List<Expected> expected) {
    }

    private OfficeStage officeAudit() {
        StageProgress.Stage stage = progress.start("office space", 0, () -> 0);
        // shipped data: a bad row is a bug of the demo, so the strict log stops at it
        OfficeRegisterCsv csv = new OfficeRegisterCsv(config.asOf(), ImportLog.strict());
        try (CsvReader persons = CsvReader.open(copy("persons.csv"));
             CsvReader rooms = CsvReader.open(copy("rooms.csv"))) {
            csv.readPersons(persons).readRooms(rooms);
        }
        OfficeRegister register = csv.register();
        OfficeAuditReport report = OfficeAudit.national().run(register, config.asOf());
        stage.end(String.format("%d persons, %d rooms of %d units as of %s: %d findings", csv.personCount(),
                csv.roomCount(), register.agencies().size(), config.asOf(), report.findings().size()));
        return new OfficeStage(register, report);
    }

    private VehicleStage vehicleAudit(List<Vehicle> vehicles, Map<String, List<Trip>> trips) {
        StageProgress.Stage stage = progress.start("vehicles and fuel", 0, () -> 0);
        List<Expected> expected = FleetLedger.write(input, vehicles, trips,
                AuditPeriod.of(config.from(), config.from().plusDays(config.days())), config.seed());
        ImportLog log = ImportLog.strict();
        FleetCsv fleet = new FleetCsv(log);
        List<VehicleQuota> quotas;
        List<FuelRecord> records;
        try (CsvReader v = CsvReader.open(input.resolve("fleet.csv"));
             CsvReader q = CsvReader.open(input.resolve("quotas.csv"));
             CsvReader f = CsvReader.open(input.resolve("fuel.csv"))) {
            fleet.readVehicles(v);
            quotas = fleet.readQuotas(q);
            records = FuelCsv.readFuel(f, fleet.dossiers().keySet(), log);
        }
        List<VehicleDossier> dossiers = fleet.fleet();
        List<Finding> findings = new ArrayList<>(VehicleAudit.national().run(fleet.fleet(), quotas, config.asOf(),
                fleet.agencyLevels()));
        TripDistance.Builder distances = TripDistance.builder();
        trips.forEach((id, t) -> distances.addTrips(id, t, ChinaTime.ZONE));
        FuelDisclosureReport fuel = FuelDisclosure.national().compute(dossiers.stream().map(VehicleDossier::vehicle)
                .toList(), records, distances.build());
        findings.addAll(fuel.anomalies());
        findings.sort(VehicleAudit.REPORT_ORDER);
        stage.end(String.format("%d dossiers, %d quotas, %d refuellings: %d findings, %d vehicle-months disclosed",
                dossiers.size(), quotas.size(), records.size(), findings.size(), fuel.rows().size()));
        return new VehicleStage(dossiers, fuel, findings, expected);
    }

    private Path copy(String resource) {
        Path target = input.resolve(resource);
        try (InputStream in = Demo.class.getResourceAsStream(RESOURCES + resource)) {
            if (in == null) {
                throw new DemoFailedException("the demo's resource " + resource + " is missing from the jar", null);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new DemoFailedException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private List<Expected> officeExpected() {
        List<Expected> expected = new ArrayList<>();
        try (CsvReader in = CsvReader.open(copy("office-expected.csv"))) {
            ImportLog.strict().read(in, List.of("type", "subject", "what"), r -> expected.add(new Expected(
                    Audit.OFFICE, r.required("type", t -> t), r.required("subject", t -> t), "", null, null,
                    r.required("what", t -> t))));
        }
        return expected;
    }

    /** A stage of the demo could not go on. */
    public static final class DemoFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DemoFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

}
