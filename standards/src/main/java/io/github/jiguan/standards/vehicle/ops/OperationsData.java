package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.fleet.AreaAssignment;
import io.github.jiguan.core.Checks;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.MarkingChange;
import io.github.jiguan.core.fleet.RentalContract;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleFile;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.FleetFixes;
import java.util.List;
import java.util.Optional;

/**
 * Everything the vehicle-operations audit reads. Any list may be empty: a rule whose input is
 * missing finds nothing, and the trajectory rules (areas, idle spells, terminals, per-trip costs)
 * need {@code fixes} and {@code period}.
 *
 * @param vehicles the register
 * @param files    the per-vehicle files (一车一档), at most one per vehicle
 * @param drivers  the drivers' roster
 * @param orders   the dispatch orders, cancelled ones included (they are ignored)
 * @param costs    the operating costs
 * @param rentals  the rental contracts
 * @param markings the marking history
 * @param areas    the areas
 * @param fixes    the trajectories
 * @param period   the days the trajectories cover, if given
 */
public record OperationsData(List<Vehicle> vehicles, List<VehicleFile> files, List<Driver> drivers,
                             List<DispatchOrder> orders, List<CostRecord> costs, List<RentalContract> rentals,
                             List<MarkingChange> markings, List<AreaAssignment> areas, FleetFixes fixes,
                             Optional<AuditPeriod> period) {

    /** Copies the lists. */
    public OperationsData {
        vehicles = List.copyOf(Checks.listOf("vehicles", vehicles));
        files = List.copyOf(Checks.listOf("files", files));
        drivers = List.copyOf(Checks.listOf("drivers", drivers));
        orders = List.copyOf(Checks.listOf("orders", orders));
        costs = List.copyOf(Checks.listOf("costs", costs));
        rentals = List.copyOf(Checks.listOf("rentals", rentals));
        markings = List.copyOf(Checks.listOf("markings", markings));
        areas = List.copyOf(Checks.listOf("areas", areas));
        Checks.notNull("fixes", fixes);
        Checks.notNull("period", period);
    }

    /** Data with only a register; add the rest with the {@code with…} methods. */
    public static OperationsData of(List<Vehicle> vehicles) {
        return new OperationsData(vehicles, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new FleetFixes(), Optional.empty());
    }

    /** This with the files. */
    public OperationsData withFiles(List<VehicleFile> value) {
        return new OperationsData(vehicles, value, drivers, orders, costs, rentals, markings, areas, fixes, period);
    }

    /** This with the drivers. */
    public OperationsData withDrivers(List<Driver> value) {
        return new OperationsData(vehicles, files, value, orders, costs, rentals, markings, areas, fixes, period);
    }

    /** This with the orders. */
    public OperationsData withOrders(List<DispatchOrder> value) {
        return new OperationsData(vehicles, files, drivers, value, costs, rentals, markings, areas, fixes, period);
    }

    /** This with the costs. */
    public OperationsData withCosts(List<CostRecord> value) {
        return new OperationsData(vehicles, files, drivers, orders, value, rentals, markings, areas, fixes, period);
    }

    /** This with the rentals. */
    public OperationsData withRentals(List<RentalContract> value) {
        return new OperationsData(vehicles, files, drivers, orders, costs, value, markings, areas, fixes, period);
    }

    /** This with the marking history. */
    public OperationsData withMarkings(List<MarkingChange> value) {
        return new OperationsData(vehicles, files, drivers, orders, costs, rentals, value, areas, fixes, period);
    }

    /** This with the areas. */
    public OperationsData withAreas(List<AreaAssignment> value) {
        return new OperationsData(vehicles, files, drivers, orders, costs, rentals, markings, value, fixes, period);
    }

    /** This with trajectories covering {@code days}. */
    public OperationsData withFixes(FleetFixes value, AuditPeriod days) {
        return new OperationsData(vehicles, files, drivers, orders, costs, rentals, markings, areas, value,
                Optional.of(days));
    }
}
