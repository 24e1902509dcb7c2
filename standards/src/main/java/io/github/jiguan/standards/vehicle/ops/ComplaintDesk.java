package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.Reconciler;
import io.github.jiguan.core.reconcile.VehicleResult;
import io.github.jiguan.core.track.CleanTrack;
import io.github.jiguan.core.track.Stop;
import io.github.jiguan.core.track.Trip;
import io.github.jiguan.standards.vehicle.ReplacementRule;
import io.github.jiguan.standards.vehicle.VehicleConfigurationStandard;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The complaint desk (12345 投诉): traces a plate seen at a time to the vehicle and its unit, the trip,
 * the order that covers it (or the finding that none does), the driver, and any off-hours or area
 * finding, and sets the reply's deadline. The reconciliation of that vehicle over the days around
 * the time gives the trips and findings, so the answer agrees with what {@code reconcile} reports.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplaintDesk {

    private static final Set<OpsFindingType> AREA_TYPES = Set.of(OpsFindingType.AREA_EXIT,
            OpsFindingType.LEFT_PARKING_WITHOUT_ORDER);
    private static final Duration NO_DATA_WINDOW = Duration.ofHours(1);

    private final Reconciler reconciler;
    private final VehicleOperations operations;

    /** A desk reconciling with {@code reconciler} and applying the areas and the deadline of {@code standard}. */
    public ComplaintDesk(Reconciler reconciler, OperationsStandard standard) {
        this.reconciler = Checks.notNull("reconciler", reconciler);
        this.operations = new VehicleOperations(Checks.notNull("standard", standard), ReplacementRule.national(),
                VehicleConfigurationStandard.national(), reconciler.policy().track(), reconciler.policy().orderTolerance());
    }

    /** A desk with the default reconciliation policy and the shipped figures (3 days to reply). */
    public static ComplaintDesk of(WorkCalendar calendar) {
        return new ComplaintDesk(Reconciler.of(calendar, ReconcilePolicy.defaults()), OperationsStandard.national());
    }

    /**
     * Answers {@code complaint} from {@code data}: the register, orders, drivers, areas and the fixes
     * (only the days around the complaint's time are read; {@code data.period()} is not needed).
     *
     * @throws io.github.jiguan.core.calendar.CalendarYearNotCoveredException when the calendar does not cover those days
     */
    public ComplaintAnswer lookup(Complaint complaint, OperationsData data) {
        Checks.notNull("complaint", complaint);
        Checks.notNull("data", data);
        Instant deadline = complaint.received().plus(operations.standard().complaintDeadline());
        Optional<Vehicle> found = data.vehicles().stream().filter(v -> v.plate().equals(complaint.plate())).findFirst();
        if (found.isEmpty()) {
            return new ComplaintAnswer(complaint, ComplaintAnswer.Verdict.UNKNOWN_PLATE, Optional.empty(), Optional.empty(),
                    List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    ComplaintAnswer.DriverSource.NONE, List.of(), deadline, operations.standard().complaintRule());
        }
        Vehicle v = found.get();
        LocalDate day = ChinaTime.dateOf(complaint.time());
        AuditPeriod period = AuditPeriod.of(day.minusDays(1), day.plusDays(2));
        List<DispatchOrder> orders = data.orders().stream().filter(o -> o.vehicleId().equals(v.id())).toList();
        VehicleResult result = reconciler.reconcileVehicle(v, orders, data.fixes().columns(v.id()), period);
        Duration tolerance = reconciler.policy().orderTolerance();
        Optional<Trip> trip = tripAt(result.analysis().trips(), complaint.time(), tolerance);
        List<DispatchOrder> open = orders.stream().filter(o -> !o.isCancelled()).toList();
        Optional<DispatchOrder> order = trip.flatMap(t -> Association.of(t, open, tolerance));
        CleanTrack track = result.analysis().track();
        ComplaintAnswer.Verdict verdict = verdict(trip, order, tolerance, track, complaint.time(), result.analysis().stops());
        Instant from = trip.map(Trip::start).orElse(complaint.time().minus(tolerance));
        Instant to = trip.map(Trip::end).orElse(complaint.time().plus(tolerance));
        List<ComplaintAnswer.Position> excerpt = excerpt(track, from, to);
        Optional<Double> near = complaint.near().filter(p -> !excerpt.isEmpty()).map(p -> nearest(p, excerpt));
        Optional<String> driverId = order.flatMap(DispatchOrder::driverId);
        ComplaintAnswer.DriverSource source = ComplaintAnswer.DriverSource.ORDER;
        if (driverId.isEmpty()) {
            driverId = data.drivers().stream().filter(d -> d.vehicleId().map(v.id()::equals).orElse(false))
                    .map(Driver::id).sorted().findFirst();
            source = driverId.isPresent() ? ComplaintAnswer.DriverSource.ASSIGNED : ComplaintAnswer.DriverSource.NONE;
        }
        String id = driverId.orElse(null);
        Optional<Driver> driver = data.drivers().stream().filter(d -> d.id().equals(id)).findFirst();
        List<Finding> findings = findings(result, data, v, period, from, to);
        return new ComplaintAnswer(complaint, verdict, found, trip, excerpt, near, order, driverId, driver, source, findings,
                deadline, operations.standard().complaintRule());
    }

    /** The trip containing {@code t}, else the nearest one within the tolerance of it. */
    private static Optional<Trip> tripAt(List<Trip> trips, Instant t, Duration tolerance) {
        return trips.stream().filter(x -> x.overlaps(t.minus(tolerance), t.plus(tolerance)))
                .min(Comparator.comparingLong(x -> gap(x, t)));
    }

    private static long gap(Trip x, Instant t) {
        return t.isBefore(x.start()) ? Duration.between(t, x.start()).toMillis()
                : t.isAfter(x.end()) ? Duration.between(x.end(), t).toMillis() : 0;
    }

    private static ComplaintAnswer.Verdict verdict(Optional<Trip> trip, Optional<DispatchOrder> order, Duration tolerance,
                                                   CleanTrack track, Instant t, List<Stop> stops) {
        if (trip.isPresent()) {
            if (order.isEmpty()) {
                return ComplaintAnswer.Verdict.NO_ORDER;
            }
            return Association.inside(trip.get(), order.get(), tolerance) ? ComplaintAnswer.Verdict.ORDER
                    : ComplaintAnswer.Verdict.OUTSIDE_ORDER_WINDOW;
        }
        boolean standing = stops.stream().anyMatch(s -> s.contains(t));
        boolean data = track.hasFixBetween(t.minus(NO_DATA_WINDOW).toEpochMilli(), t.plus(NO_DATA_WINDOW).toEpochMilli());
        return standing || data ? ComplaintAnswer.Verdict.NOT_MOVING : ComplaintAnswer.Verdict.NO_DATA;
    }

    private static List<ComplaintAnswer.Position> excerpt(CleanTrack track, Instant from, Instant to) {
        List<ComplaintAnswer.Position> out = new ArrayList<>();
        int first = Math.max(0, track.lastPositionAtOrBefore(from.toEpochMilli()));
        for (int i = first; i < track.positionCount() && track.time(i) <= to.toEpochMilli(); i++) {
            out.add(new ComplaintAnswer.Position(track.instant(i), track.latitude(i), track.longitude(i)));
        }
        return out;
    }

    private static double nearest(GeoPoint p, List<ComplaintAnswer.Position> excerpt) {
        return excerpt.stream().mapToDouble(x -> p.distanceTo(GeoPoint.of(x.latitude(), x.longitude()))).min().orElseThrow();
    }

    /** The reconciliation's and the area rules' findings that touch [from, to]. */
    private List<Finding> findings(VehicleResult result, OperationsData data, Vehicle v, AuditPeriod period, Instant from,
                                   Instant to) {
        List<Finding> out = new ArrayList<>();
        result.findings().stream().filter(f -> touches(f, from, to)).forEach(out::add);
        if (!data.areas().isEmpty()) {
            OperationsData one = OperationsData.of(List.of(v)).withOrders(data.orders()).withAreas(data.areas())
                    .withFixes(data.fixes(), period);
            operations.run(one, period.to()).findings().stream()
                    .filter(f -> f.type() instanceof OpsFindingType t && AREA_TYPES.contains(t) && touches(f, from, to))
                    .forEach(out::add);
        }
        out.sort(Finding.REPORT_ORDER);
        return out;
    }

    private static boolean touches(Finding f, Instant from, Instant to) {
        return !f.start().isAfter(to) && !f.end().isBefore(from);
    }
}
