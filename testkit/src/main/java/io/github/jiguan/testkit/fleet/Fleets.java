package io.github.jiguan.testkit.fleet;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.track.Track;
import io.github.jiguan.testkit.track.Tracks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Small random fleets for reconciliation properties: a few vehicles, each with a plausible
 * {@link Track} over about three days and {@link Orders#around orders around it}, from Sunday
 * 2025-01-05 20:00 (Asia/Shanghai), audited over Monday 2025-01-06 to Wednesday 2025-01-08.
 */
public final class Fleets {

    /** Sunday 2025-01-05 20:00 in Asia/Shanghai: where every track starts. */
    public static final Instant START = LocalDate.of(2025, 1, 5).atTime(LocalTime.of(20, 0)).atZone(ChinaTime.ZONE).toInstant();
    /** Monday 2025-01-06 to Wednesday 2025-01-08, the period audited. */
    public static final AuditPeriod PERIOD = AuditPeriod.of(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 9));
    private static final List<String> AGENCIES = List.of("A01", "A02");

    private Fleets() {
    }

    /**
     * A fleet: the register, every vehicle's fixes and orders, and the tracks they came from.
     *
     * @param vehicles the register
     * @param tracks   one track per vehicle, in register order
     * @param fixes    every fix, vehicle after vehicle, each in time order
     * @param orders   every order
     * @param period   the period to audit
     */
    public record Fleet(List<Vehicle> vehicles, List<Track> tracks, List<Fix> fixes, List<DispatchOrder> orders,
                        AuditPeriod period) {

        /** Copies the lists. */
        public Fleet {
            vehicles = List.copyOf(vehicles);
            tracks = List.copyOf(tracks);
            fixes = List.copyOf(fixes);
            orders = List.copyOf(orders);
        }

        /** The same fleet with its rows in other orders (the tracks are kept). */
        public Fleet withRows(List<Vehicle> newVehicles, List<Fix> newFixes, List<DispatchOrder> newOrders) {
            return new Fleet(newVehicles, tracks, newFixes, newOrders, period);
        }

        /** A short description for failure reports: vehicles, fixes, orders. */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("Fleet[").append(vehicles.size()).append(" vehicles, ")
                    .append(fixes.size()).append(" fixes, ").append(orders.size()).append(" orders]");
            for (Track t : tracks) {
                b.append(System.lineSeparator()).append("  ").append(t.vehicleId()).append(": ").append(t.plan().steps());
            }
            for (DispatchOrder o : orders) {
                b.append(System.lineSeparator()).append("  ").append(o);
            }
            return b.toString();
        }
    }

    /** Fleets of 1 to {@code maxVehicles} vehicles with up to 60 steps and 8 extra orders each. */
    public static Generator<Fleet> fleets(int maxVehicles) {
        return (r, size) -> {
            int n = r.nextInt(1, Math.max(1, maxVehicles) + 1);
            List<Vehicle> vehicles = new ArrayList<>();
            List<Track> tracks = new ArrayList<>();
            List<Fix> fixes = new ArrayList<>();
            List<DispatchOrder> orders = new ArrayList<>();
            for (int v = 1; v <= n; v++) {
                Vehicle vehicle = Vehicles.vehicle("V" + v, AGENCIES, Tracks.SEAT, PERIOD.from()).next(r, size);
                Track track = Tracks.tracks(vehicle.id(), Tracks.SEAT, START, 60).next(r, size);
                vehicles.add(vehicle);
                tracks.add(track);
                fixes.addAll(track.fixes());
                orders.addAll(Orders.around(track, 8, 72).next(r, size));
            }
            return new Fleet(vehicles, tracks, fixes, orders, PERIOD);
        };
    }
}
