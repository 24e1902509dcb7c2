package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.Script;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import static io.github.jiguan.core.track.Script.BASE;
import static io.github.jiguan.core.track.Script.offset;
import static io.github.jiguan.core.track.Script.t;

/** Hand-built days of one vehicle, and the reconciliation of them. */
final class Scenarios {

    static final Duration HALF_HOUR = Duration.ofMinutes(30);
    static final Duration S30 = Duration.ofSeconds(30);
    static final Vehicle CAR = Vehicle.builder("V1", Plate.of("冀A12345"), "A01", VehicleCategory.GENERAL)
            .base(BASE).build();
    static final Reconciler RECONCILER = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults());

    private Scenarios() {
    }

    /** Parked at the base from 00:00 of {@code date} until {@code leave} (local times). */
    static Script parkedUntil(String date, String leave) {
        Script s = Script.vehicle("V1", BASE, date + "T00:00");
        return s.park(Duration.between(s.now(), t(date + "T" + leave)), HALF_HOUR);
    }

    /**
     * The standard outing of {@code date}: leaves the base at 09:00 (trip 09:00:30–09:05:00, 3 km),
     * stays two hours, comes back (trip 11:05:30–11:10:00) and parks at the base until midnight.
     */
    static Script outing(String date) {
        Script s = parkedUntil(date, "09:00").drive(offset(BASE, 0, 3000), 36, S30).park(Duration.ofHours(2), HALF_HOUR)
                .drive(BASE, 36, S30);
        return parkUntilMidnight(s, date);
    }

    static Script parkUntilMidnight(Script s, String date) {
        return s.park(Duration.between(s.now(), t(LocalDate.parse(date).plusDays(1) + "T00:00")), HALF_HOUR);
    }

    /** An online, completed order created at 08:00 with planned times (local, on the date). */
    static DispatchOrder.Builder order(String id, String date, String plannedStart, String plannedEnd) {
        return DispatchOrder.builder(id, "V1", t(date + "T08:00"), t(date + "T" + plannedStart),
                t(date + "T" + plannedEnd));
    }

    /** The order with another creation time. */
    static DispatchOrder createdAt(DispatchOrder o, java.time.Instant created) {
        return new DispatchOrder(o.orderId(), o.vehicleId(), created, o.plannedStart(), o.plannedEnd(), o.checkoutAt(),
                o.checkinAt(), o.channel(), o.status(), o.offHoursApproved(), o.destination(), o.purpose());
    }

    static ReconcileResult run(String from, String to, List<Fix> fixes, DispatchOrder... orders) {
        return RECONCILER.reconcile(List.of(CAR), Arrays.asList(orders), fixes,
                AuditPeriod.of(LocalDate.parse(from), LocalDate.parse(to)));
    }

    /** Reconciles the one day {@code date}. */
    static ReconcileResult day(String date, Script s, DispatchOrder... orders) {
        return run(date, LocalDate.parse(date).plusDays(1).toString(), s.fixes(), orders);
    }

    static List<FindingType> types(ReconcileResult r) {
        return r.findings().stream().map(f -> (FindingType) f.type()).toList();
    }
}
