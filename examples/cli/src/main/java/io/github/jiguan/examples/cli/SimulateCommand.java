package io.github.jiguan.examples.cli;

import io.github.jiguan.core.calendar.CalendarYearNotCoveredException;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.testkit.county.InjectedCsv;
import io.github.jiguan.examples.gateway.simulator.FleetPlan;
import io.github.jiguan.examples.gateway.simulator.SimulationConfig;
import io.github.jiguan.examples.gateway.simulator.SimulationReport;
import io.github.jiguan.examples.gateway.storage.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiguan simulate}: writes the register (vehicles.csv with terminal phones), orders.csv and
 * injected.csv of a generated county fleet, then drives the fleet's terminals through a gateway.
 * Exit status 0 when every location was acknowledged (and, with --verify, stored), 1 otherwise, 2 for
 * a bad command line.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        header = "Simulate the terminals of a county fleet against a gateway.",
        description = "Simulate the JT/T 808 terminals of a generated county fleet against a gateway at --host:--port,"
                + " after writing its vehicles.csv (with terminal phones), orders.csv and injected.csv to --out.")
final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Gateway host (default ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8808", description = "Gateway port (default ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for vehicles.csv, orders.csv and injected.csv.")
    private Path out;

    @Option(names = "--vehicles", paramLabel = "N", defaultValue = "30", description = "Vehicles, one terminal each (default ${DEFAULT-VALUE}).")
    private int vehicles;

    @Option(names = "--days", paramLabel = "N", defaultValue = "30", description = "Days of the fleet's schedule (default ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--from", paramLabel = "DATE", defaultValue = "2025-01-06", description = "First day (default ${DEFAULT-VALUE}).")
    private LocalDate from;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "0",
            description = "Run the fleet's clock X times faster than real time (default 0: as fast as the gateway acknowledges).")
    private double speed;

    @Option(names = "--max-rate", paramLabel = "N", defaultValue = "0",
            description = "At most N locations per second from all terminals (default 0: no limit).")
    private int maxRate;

    @Option(names = "--window", paramLabel = "N", defaultValue = "8", description = "Unacknowledged messages per terminal (default ${DEFAULT-VALUE}).")
    private int window;

    @Option(names = "--ack-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "T1 of the retransmission rule T(n+1) = T(n) x (n+1) (default ${DEFAULT-VALUE}).")
    private double ackTimeout;

    @Option(names = "--connect-rate", paramLabel = "N", defaultValue = "2000", description = "New connections per second (default ${DEFAULT-VALUE}).")
    private int connectRate;

    @Option(names = "--io-threads", paramLabel = "N", defaultValue = "0", description = "Network threads (default 0: two per processor).")
    private int ioThreads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600",
            description = "Give up after this long (default ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--plan-only", description = "Write the files and stop: start the gateway with the register, then simulate.")
    private boolean planOnly;

    @Option(names = "--verify-jdbc-url", paramLabel = "URL",
            description = "After the run, check that every acknowledged location is in this database (the gateway's).")
    private String verifyUrl;

    @Option(names = "--verify-jdbc-user", paramLabel = "USER", description = "The user for --verify-jdbc-url.")
    private String verifyUser;

    @CommandLine.Mixin
    private Options.Calendar calendar;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SimulationConfig config;
        try {
            config = SimulationConfig.builder().vehicles(vehicles).days(days).from(from).seed(seed).speed(speed)
                    .maxRate(maxRate).window(window).retransmission(Duration.ofMillis((long) (ackTimeout * 1000)), 3)
                    .connectRate(connectRate).ioThreads(ioThreads).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long started = System.nanoTime();
        Optional<WorkCalendar> cal = calendar.forPeriod(from, from.plusDays(days), "simulate", err);
        if (cal.isEmpty()) {
            return 1;
        }
        FleetPlan plan;
        try {
            plan = FleetPlan.generate(config, cal.get());
        } catch (CalendarYearNotCoveredException e) {
            err.println("jiguan simulate: " + calendar.notCovered(e));
            return 1;
        }
        try {
            Files.createDirectories(out);
            plan.writeRegister(out.resolve("vehicles.csv"));
            plan.writeOrders(out.resolve("orders.csv"));
            try (CsvWriter w = CsvWriter.create(out.resolve("injected.csv"), InjectedCsv.HEADER)) {
                InjectedCsv.write(w, plan.injected());
            }
        } catch (IOException | RuntimeException e) {
            err.println("jiguan simulate: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
        o.printf("planned %s: %d vehicles, %d orders, %,d fixes over %s (%.1f s)%n", out, plan.vehicles().size(),
                plan.orders().size(), plan.fixCount(), plan.period(), (System.nanoTime() - started) / 1e9);
        if (planOnly) {
            return 0;
        }
        o.flush();
        SimulationReport report = plan.start(new InetSocketAddress(host, port)).await(Duration.ofSeconds(timeoutSeconds));
        o.println(report);
        if (verifyUrl != null) {
            // even a run cut short by --timeout is checked: what was acknowledged must be stored
            try (Database db = Database.open(verifyUrl, verifyUser, System.getenv("JIGUAN_JDBC_PASSWORD"), 2)) {
                SimulationReport.Verification v = report.verify(db);
                o.printf("verified: %,d locations acknowledged, %,d stored, %,d missing, %,d stored but not acknowledged%n",
                        v.acknowledged(), v.stored(), v.missing(), v.storedNotAcknowledged());
                return v.noLoss() && report.complete() ? 0 : 1;
            } catch (SQLException | RuntimeException e) {
                err.println("jiguan simulate: cannot verify: " + e.getMessage());
                return 1;
            }
        }
        return report.complete() ? 0 : 1;
    }
}
