package io.github.jiguan.examples.gateway.simulator;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.interchange.OrdersCsv;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.testkit.county.CountyFleetGenerator;
import io.github.jiguan.testkit.county.Injected;
import io.github.jiguan.testkit.county.SampleFleet;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.examples.gateway.register.Register;
import io.github.jiguan.examples.gateway.register.RegisterCsv;
import io.github.jiguan.examples.gateway.register.RegisterEntry;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a simulation plays: the county fleet of the sample generator (its vehicles, trips, dispatch
 * orders and injected violations, the same as {@code jiguan sample} writes), each vehicle given a
 * terminal with a phone number and an edition of JT/T 808, and every fix the terminals will send. This
 * is the one class of the gateway example that uses the generator. Immutable once made.
 */
public final class FleetPlan {

    private final SimulationConfig config;
    private final List<RegisterEntry> entries;
    private final List<ProtocolVersion> editions;
    private final List<DispatchOrder> orders;
    private final List<Injected> injected;
    private final AuditPeriod period;
    private final PlannedFixes fixes;

    private FleetPlan(SimulationConfig config, List<RegisterEntry> entries, List<ProtocolVersion> editions,
            SampleFleet fleet, PlannedFixes fixes) {
        this.config = config;
        this.entries = List.copyOf(entries);
        this.editions = List.copyOf(editions);
        this.orders = fleet.orders();
        this.injected = fleet.injected();
        this.period = fleet.period();
        this.fixes = fixes;
    }

    /** Generates the fleet of {@code config} over the official work calendar: the same settings give the same fleet. */
    public static FleetPlan generate(SimulationConfig config) {
        return generate(config, WorkCalendar.chinaOfficial());
    }

    /**
     * Generates the fleet of {@code config} with {@code calendar}'s working days (a year after the shipped
     * arrangements needs a calendar that covers it or answers it Monday to Friday).
     *
     * @throws io.github.jiguan.core.calendar.CalendarYearNotCoveredException when the calendar cannot answer a day
     */
    public static FleetPlan generate(SimulationConfig config, WorkCalendar calendar) {
        CountyFleetGenerator generator = CountyFleetGenerator.builder().vehicles(config.vehicles()).days(config.days())
                .from(config.from()).seed(config.seed()).movingInterval(config.movingInterval()).calendar(calendar)
                .build();
        PlannedFixes fixes = new PlannedFixes();
        Map<String, Integer> index = new HashMap<>();
        SampleFleet fleet = generator.generate((id, t, lat, lon, speed, heading, acc, valid, received) -> {
            Integer v = index.get(id);
            if (v == null) {
                v = Integer.parseInt(id.substring(1)) - 1; // the generator numbers its vehicles V0001, V0002, ...
                index.put(id, v);
            }
            boolean blind = received != FixColumns.NO_TIME;
            fixes.add(v, t, lat, lon, speed, heading % 360, acc, valid, received, blind);
        });
        fixes.sort();
        List<RegisterEntry> entries = new ArrayList<>();
        List<ProtocolVersion> editions = new ArrayList<>();
        for (int v = 0; v < fleet.vehicles().size(); v++) {
            Vehicle vehicle = fleet.vehicles().get(v);
            if (!vehicle.id().equals(String.format("V%04d", v + 1))) {
                throw new IllegalStateException("the generator's vehicle " + v + " is " + vehicle.id());
            }
            entries.add(new RegisterEntry(vehicle, phone(v)));
            editions.add(edition(v));
        }
        return new FleetPlan(config, entries, editions, fleet, fixes);
    }

    /** The phone number of vehicle {@code v}'s terminal: 139 and eight digits. */
    static String phone(int v) {
        return String.format("139%08d", v + 1);
    }

    /** The edition of vehicle {@code v}'s terminal: one in twenty speaks 2011, the rest 2013 and 2019 alternately. */
    static ProtocolVersion edition(int v) {
        if (v % 20 == 19) {
            return ProtocolVersion.V2011;
        }
        return v % 2 == 0 ? ProtocolVersion.V2013 : ProtocolVersion.V2019;
    }

    /** The settings it was made with. */
    public SimulationConfig config() {
        return config;
    }

    /** The vehicles and their terminal phones: the register to start the gateway with. */
    public Register register() {
        return Register.of(entries);
    }

    /** The vehicles and their terminal phones. */
    public List<RegisterEntry> vehicles() {
        return entries;
    }

    /** The edition of each vehicle's terminal, in vehicle order. */
    public List<ProtocolVersion> editions() {
        return editions;
    }

    /** The dispatch orders, cancelled ones included. */
    public List<DispatchOrder> orders() {
        return orders;
    }

    /** The violations injected, with the finding each must produce. */
    public List<Injected> injected() {
        return injected;
    }

    /** The days simulated. */
    public AuditPeriod period() {
        return period;
    }

    /** The number of fixes the terminals will send. */
    public int fixCount() {
        return fixes.size();
    }

    PlannedFixes fixes() {
        return fixes;
    }

    /** Writes vehicles.csv with terminal_phone (the gateway's register). */
    public void writeRegister(Path file) {
        RegisterCsv.write(file, entries);
    }

    /** Writes orders.csv (docs/formats.md). */
    public void writeOrders(Path file) {
        try (CsvWriter w = CsvWriter.create(file, OrdersCsv.HEADER)) {
            OrdersCsv.write(w, orders, ChinaTime.ZONE);
        }
    }

    /**
     * Starts the terminals against the gateway at {@code gateway} and plays the fleet: returns at once;
     * {@link Simulation#await} waits for the end. Loopback addresses in tests; any host a user names.
     */
    public Simulation start(java.net.InetSocketAddress gateway) {
        Simulation s = new Simulation(this, gateway);
        s.start();
        return s;
    }

    /** How long playing takes at the configured speed, by the fleet's own clock (0 when as fast as possible). */
    public Duration simulatedSpan() {
        if (fixes.size() == 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(fixes.sendTime(fixes.inOrder(fixes.size() - 1)) - fixes.sendTime(fixes.inOrder(0)));
    }
}
