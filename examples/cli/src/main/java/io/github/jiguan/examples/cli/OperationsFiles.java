package io.github.jiguan.examples.cli;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.csv.Cells;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.fleet.EnergyType;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.interchange.FixesFile;
import io.github.jiguan.core.interchange.OrdersCsv;
import io.github.jiguan.core.interchange.VehiclesCsv;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.FleetFixes;
import io.github.jiguan.standards.vehicle.ops.OperationsCsv;
import io.github.jiguan.standards.vehicle.ops.OperationsData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads the files of a vehicle-operations data directory by their names (docs/vehicle-ops.md):
 * vehicles.csv is required; orders.csv, fixes.csv, dossier.csv, drivers.csv, costs.csv,
 * rentals.csv, markings.csv and areas.csv are read when present, and a missing one is named on the
 * terminal so that no rule is silently skipped.
 */
final class OperationsFiles {

    /** The optional files, in the order they are read. */
    static final List<String> OPTIONAL = List.of("orders.csv", "fixes.csv", "dossier.csv", "drivers.csv", "costs.csv",
            "rentals.csv", "markings.csv", "areas.csv");

    private OperationsFiles() {
    }

    /**
     * Reads {@code dir}. The trajectories cover {@code period} when given, else the days from the
     * first fix to {@code lastDay}.
     *
     * @throws UncheckedIOException when vehicles.csv is missing or a file cannot be read
     */
    static OperationsData read(Path dir, ImportLog log, Optional<AuditPeriod> period, LocalDate lastDay,
                               Options.Threads threads, PrintWriter err) {
        Path vehiclesFile = dir.resolve("vehicles.csv");
        if (!Files.isRegularFile(vehiclesFile)) {
            throw new UncheckedIOException(new IOException("no vehicles.csv in " + dir));
        }
        List<Vehicle> vehicles = csv(vehiclesFile, log, OperationsFiles::vehicles).orElseThrow();
        for (String name : OPTIONAL) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                err.println("jiguan: " + dir.resolve(name) + " not given: the rules that need it find nothing");
            }
        }
        OperationsData data = OperationsData.of(vehicles)
                .withOrders(csv(dir.resolve("orders.csv"), log, OrdersCsv::read).orElse(List.of()))
                .withFiles(csv(dir.resolve("dossier.csv"), log, OperationsCsv::readDossiers).orElse(List.of()))
                .withDrivers(csv(dir.resolve("drivers.csv"), log, OperationsCsv::readDrivers).orElse(List.of()))
                .withCosts(csv(dir.resolve("costs.csv"), log, OperationsCsv::readCosts).orElse(List.of()))
                .withRentals(csv(dir.resolve("rentals.csv"), log, OperationsCsv::readRentals).orElse(List.of()))
                .withMarkings(csv(dir.resolve("markings.csv"), log, OperationsCsv::readMarkings).orElse(List.of()))
                .withAreas(csv(dir.resolve("areas.csv"), log, OperationsCsv::readAreas).orElse(List.of()));
        Path fixes = dir.resolve("fixes.csv");
        if (!Files.isRegularFile(fixes)) {
            return data;
        }
        Set<String> ids = vehicles.stream().map(Vehicle::id).collect(Collectors.toSet());
        ExecutorService pool = threads.pool();
        try {
            FleetFixes fleet = FixesFile.of(fixes).threads(threads.threads, pool).read(ids, log);
            return period.or(() -> span(fleet, lastDay)).map(p -> data.withFixes(fleet, p)).orElse(data);
        } finally {
            pool.shutdown();
        }
    }

    /** vehicles.csv: the reconciliation's six columns, and optionally energy, purchase_date and price_yuan. */
    private static List<Vehicle> vehicles(CsvReader in, ImportLog log) {
        return log.read(in, VehiclesCsv.HEADER, r -> VehiclesCsv.vehicle(r).toBuilder()
                .energy(r.optional("energy", EnergyType::parse).orElse(null))
                .purchaseDate(r.optional("purchase_date", t -> Cells.date("purchase_date", t)).orElse(null))
                .priceYuan(r.optional("price_yuan", t -> Cells.decimal("price_yuan", t)).orElse(null))
                .build());
    }

    /** From the first fix's day to {@code lastDay}, when there is a fix on or before it. */
    private static Optional<AuditPeriod> span(FleetFixes fleet, LocalDate lastDay) {
        long first = Long.MAX_VALUE;
        for (String id : fleet.vehicleIds()) {
            FixColumns c = fleet.columns(id);
            for (int i = 0; i < c.size(); i++) {
                first = Math.min(first, c.time(i));
            }
        }
        if (first == Long.MAX_VALUE) {
            return Optional.empty();
        }
        LocalDate from = ChinaTime.dateOf(Instant.ofEpochMilli(first));
        return from.isAfter(lastDay) ? Optional.empty() : Optional.of(AuditPeriod.of(from, lastDay.plusDays(1)));
    }

    private static <T> Optional<List<T>> csv(Path file, ImportLog log, BiFunction<CsvReader, ImportLog, List<T>> reader) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (CsvReader in = CsvReader.open(file)) {
            return Optional.of(reader.apply(in, log));
        }
    }
}
