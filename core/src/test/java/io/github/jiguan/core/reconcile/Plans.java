package io.github.jiguan.core.reconcile;

import static io.github.jiguan.core.track.Script.BASE;
import static io.github.jiguan.core.track.Script.offset;
import static io.github.jiguan.core.track.Script.t;

import io.github.jiguan.core.fleet.DispatchChannel;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.OrderStatus;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.Script;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random but plausible fleets for the properties: per vehicle, a sequence of parking, drives,
 * halts, silences, glitches, invalid fixes and ignition changes over about three days from Sunday
 * 2025-01-05 20:00, and orders around that time, some cancelled, paper or approved.
 */
final class Plans {

    static final Instant START = t("2025-01-05T20:00");
    static final AuditPeriod PERIOD = AuditPeriod.of(java.time.LocalDate.of(2025, 1, 6), java.time.LocalDate.of(2025, 1, 9));

    /** One step of a vehicle's day. */
    record Step(int kind, int amount, int north, int east, int speed) {
    }

    /** One order, in minutes from {@link #START}. */
    record OrderPlan(int start, int length, int created, int checkoutShift, int checkinShift, boolean paper,
                     boolean approved, boolean cancelled) {
    }

    /** A vehicle's plan. */
    record VehiclePlan(List<Step> steps, List<OrderPlan> orders, boolean hasBase) {
    }

    /** A fleet: the register, the fixes and the orders. */
    record Fleet(List<Vehicle> vehicles, List<Fix> fixes, List<DispatchOrder> orders) {
    }

    private Plans() {
    }

    static Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(1, 300),
                Arbitraries.integers().between(-8000, 8000), Arbitraries.integers().between(-8000, 8000),
                Arbitraries.integers().between(15, 90)).as(Step::new);
    }

    static Arbitrary<OrderPlan> orders() {
        return Combinators.combine(Arbitraries.integers().between(0, 4300), Arbitraries.integers().between(0, 900),
                Arbitraries.integers().between(-600, 120), Arbitraries.integers().between(-90, 90),
                Arbitraries.integers().between(-90, 90), Arbitraries.integers().between(0, 9).map(x -> x == 0),
                Arbitraries.integers().between(0, 4).map(x -> x == 0),
                Arbitraries.integers().between(0, 9).map(x -> x == 0)).as(OrderPlan::new);
    }

    static Arbitrary<VehiclePlan> vehicles() {
        return Combinators.combine(steps().list().ofMinSize(4).ofMaxSize(60), orders().list().ofMaxSize(8),
                Arbitraries.integers().between(0, 5).map(x -> x > 0)).as(VehiclePlan::new);
    }

    static Arbitrary<List<VehiclePlan>> fleets() {
        return vehicles().list().ofMinSize(1).ofMaxSize(3);
    }

    static Fleet build(List<VehiclePlan> plans) {
        List<Vehicle> vehicles = new ArrayList<>();
        List<Fix> fixes = new ArrayList<>();
        List<DispatchOrder> orders = new ArrayList<>();
        for (int v = 0; v < plans.size(); v++) {
            String id = "V" + (v + 1);
            VehiclePlan p = plans.get(v);
            Vehicle.Builder b = Vehicle.builder(id, Plate.of("冀A1234" + v), v % 2 == 0 ? "A01" : "A02",
                    VehicleCategory.GENERAL);
            vehicles.add((p.hasBase() ? b.base(BASE) : b).build());
            fixes.addAll(track(id, p.steps()));
            for (int k = 0; k < p.orders().size(); k++) {
                orders.add(order(id + "-O" + k, id, p.orders().get(k)));
            }
        }
        return new Fleet(vehicles, fixes, orders);
    }

    static List<Fix> track(String id, List<Step> steps) {
        Script s = Script.vehicle(id, BASE, "2025-01-05T20:00");
        for (Step st : steps) {
            switch (st.kind()) {
                case 0, 1 -> s.park(Duration.ofMinutes(st.amount()), Duration.ofMinutes(st.kind() == 0 ? 30 : 10));
                case 2, 3 -> s.drive(offset(BASE, st.north(), st.east()), st.speed(), Duration.ofSeconds(30));
                case 4 -> s.park(Duration.ofSeconds(st.amount() + 30), Duration.ofSeconds(10));
                case 5 -> s.silence(Duration.ofMinutes(st.amount() / 2));
                case 6 -> {
                    var far = offset(BASE, 30_000 + st.north(), st.east());
                    s.silence(Duration.ofSeconds(5)).reportAt(far.latitude(), far.longitude(), true);
                }
                case 7 -> s.silence(Duration.ofSeconds(3)).reportAt(st.north() > 0 ? 0 : BASE.latitude(),
                        st.north() > 0 ? 0 : BASE.longitude(), st.east() > 0);
                case 8 -> s.acc(st.amount() % 3 == 0 ? Acc.UNKNOWN : st.amount() % 3 == 1 ? Acc.ON : Acc.OFF);
                default -> s.report();
            }
        }
        return s.fixes();
    }

    static DispatchOrder order(String id, String vehicle, OrderPlan o) {
        Instant start = START.plus(Duration.ofMinutes(o.start()));
        Instant end = start.plus(Duration.ofMinutes(o.length()));
        Instant out = o.checkoutShift() % 3 == 0 ? null : start.plus(Duration.ofMinutes(o.checkoutShift()));
        Instant in = o.checkinShift() % 3 == 0 ? null : end.plus(Duration.ofMinutes(o.checkinShift()));
        if (out != null && in != null && in.isBefore(out)) {
            in = out;
        }
        return DispatchOrder.builder(id, vehicle, start.plus(Duration.ofMinutes(o.created())), start, end)
                .checked(out, in).channel(o.paper() ? DispatchChannel.PAPER : DispatchChannel.ONLINE)
                .status(o.cancelled() ? OrderStatus.CANCELLED : OrderStatus.COMPLETED)
                .offHoursApproved(o.approved()).build();
    }
}
