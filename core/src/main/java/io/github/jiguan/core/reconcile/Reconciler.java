package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.FleetFixes;
import io.github.jiguan.core.track.TrackAnalysis;
import io.github.jiguan.core.track.TripDetector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * 派车单与轨迹比对: reconciles dispatch orders with terminal trajectories as docs/reconciliation.md says, and
 * returns every finding with its evidence and the summaries per vehicle and agency.
 *
 * <pre>{@code
 * Reconciler r = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults());
 * ReconcileResult result = r.reconcile(vehicles, orders, fixes,
 *         AuditPeriod.of(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 10)));
 * result.findings().forEach(f -> System.out.println(f.sentence(Language.ZH)));
 * }</pre>
 *
 * <p>Each vehicle is reconciled on its own, from its own fixes and orders, so the work splits by
 * vehicle: across threads ({@link #reconcile(Collection, Collection, FleetFixes, AuditPeriod, Executor)}),
 * or across machines, merging the parts with {@link ReconcileResult#merge}. Cost per vehicle is
 * linear in its fixes (n log n when they come out of time order), plus (trips + orders) ×
 * log(orders) for the association and period days × (trips + orders) at most for the day rules.
 *
 * <p>Choices where the rules of docs/reconciliation.md leave room, made as an inspector would expect:
 * <ul>
 *   <li>A trip and an expanded window overlap when they share at least an instant (closed
 *       intervals); a trip is associated with the order whose expanded window it overlaps longest,
 *       ties going to the earlier window, then the smaller order id. A trip is inside a window
 *       when both its ends are.</li>
 *   <li>ORDER_WITHOUT_TRIP / ORDER_UNVERIFIED_OFFLINE look for fixes (any fix, position or not) in
 *       the order window itself, ends included, not in the expanded one: the question is whether
 *       the terminal was online while the vehicle was said to be out.</li>
 *   <li>DISPATCH_AFTER_DEPARTURE, CHECKOUT_MISMATCH and CHECKIN_MISMATCH need an associated trip;
 *       an order whose window only overlaps trips associated with other orders has none and is not
 *       judged on them.</li>
 *   <li>OFF_HOURS_USE uses {@link WorkCalendar#overlapsRestOrNight}: the trip as [start, end).</li>
 *   <li>NOT_PARKED_AT_BASE: a vehicle without a base, or with no position yet at the check time, is
 *       not judged; a vehicle moving at the check time (inside a trip) is left to the trip rules.
 *       The order window (not expanded) must cover the check time. One finding per stay: the stop
 *       containing the check time, from its arrival to the next position after it, or, when no stop
 *       contains it, from the last position before the check to the next one. Its nights are
 *       listed in the evidence. A stay with no later position runs to the end of the period.</li>
 *   <li>IDLE_VEHICLE and TERMINAL_OFFLINE look at the period's days on which the vehicle is in
 *       service; a day has a trip when a trip touches it. A run of idle days counts when it is at
 *       least the threshold long and the terminal was online on at least the given share of it.</li>
 *   <li>Trips belong to the period by their start, orders by their window's start, nights by their
 *       check time; everything outside the period is still used as context.</li>
 *   <li>Cancelled orders are ignored entirely; fixes and orders of vehicles that are not in the
 *       register are counted in the result, not reconciled.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Reconciler {

    private final WorkCalendar calendar;
    private final ReconcilePolicy policy;
    /**
     * The rules prepared for the last period asked: making them (the citations' text) cost 11% of a
     * 30-day reconciliation of 50 vehicles when it was done per vehicle (JFR). Immutable, so sharing
     * the last one between threads is safe; a race only makes one more.
     */
    private volatile VehicleAudit lastAudit;

    private Reconciler(WorkCalendar calendar, ReconcilePolicy policy) {
        this.calendar = Checks.notNull("calendar", calendar);
        this.policy = Checks.notNull("policy", policy);
    }

    /** A reconciler with the calendar's rest days and night hours and the policy's thresholds. */
    public static Reconciler of(WorkCalendar calendar, ReconcilePolicy policy) {
        return new Reconciler(calendar, policy);
    }

    /** The calendar. */
    public WorkCalendar calendar() {
        return calendar;
    }

    /** The policy. */
    public ReconcilePolicy policy() {
        return policy;
    }

    /** Reconciles fixes given as records. */
    public ReconcileResult reconcile(Collection<Vehicle> vehicles, Collection<DispatchOrder> orders,
                                     Collection<Fix> fixes, AuditPeriod period) {
        return reconcile(vehicles, orders, new FleetFixes().addAll(fixes), period);
    }

    /**
     * Reconciles on the calling thread.
     *
     * @throws io.github.jiguan.core.calendar.CalendarYearNotCoveredException when the calendar does
     *         not cover a day of the period or one a trip touches
     * @throws IllegalArgumentException when two vehicles have the same id
     */
    public ReconcileResult reconcile(Collection<Vehicle> vehicles, Collection<DispatchOrder> orders,
                                     FleetFixes fixes, AuditPeriod period) {
        return reconcile(vehicles, orders, fixes, period, Runnable::run);
    }

    /**
     * Reconciles with one task per vehicle on {@code executor}; the result does not depend on the
     * executor.
     */
    public ReconcileResult reconcile(Collection<Vehicle> vehicles, Collection<DispatchOrder> orders,
                                     FleetFixes fixes, AuditPeriod period, Executor executor) {
        checkCovered(period);
        Map<String, Vehicle> register = register(vehicles);
        Map<String, List<DispatchOrder>> byVehicle = new HashMap<>();
        List<String> unknownOrders = new ArrayList<>();
        for (DispatchOrder o : orders) {
            if (register.containsKey(o.vehicleId())) {
                byVehicle.computeIfAbsent(o.vehicleId(), k -> new ArrayList<>()).add(o);
            } else {
                unknownOrders.add(o.orderId());
            }
        }
        Map<String, Long> unknownFixes = new HashMap<>();
        for (String id : fixes.vehicleIds()) {
            if (!register.containsKey(id)) {
                unknownFixes.put(id, (long) fixes.vehicle(id).size());
            }
        }
        List<CompletableFuture<VehicleResult>> parts = new ArrayList<>();
        for (Vehicle v : register.values()) {
            List<DispatchOrder> own = byVehicle.getOrDefault(v.id(), List.of());
            parts.add(CompletableFuture.supplyAsync(
                    () -> reconcileVehicle(v, own, fixes.columns(v.id()), period), executor));
        }
        List<Finding> findings = new ArrayList<>();
        List<VehicleSummary> summaries = new ArrayList<>();
        for (CompletableFuture<VehicleResult> f : parts) {
            VehicleResult r = f.join();
            findings.addAll(r.findings());
            summaries.add(r.summary());
        }
        return new ReconcileResult(period, findings, summaries, unknownOrders, unknownFixes);
    }

    /**
     * Reconciles one vehicle: the unit of work that can run anywhere.
     *
     * @param orders the vehicle's orders, cancelled ones included (they are counted, then ignored);
     *               orders of other vehicles are not allowed
     * @throws IllegalArgumentException when an order or the fixes belong to another vehicle
     */
    public VehicleResult reconcileVehicle(Vehicle vehicle, List<DispatchOrder> orders, FixColumns fixes,
                                          AuditPeriod period) {
        if (!fixes.vehicleId().equals(vehicle.id())) {
            throw new IllegalArgumentException("fixes of " + fixes.vehicleId() + " given for vehicle " + vehicle.id());
        }
        TrackAnalysis analysis = TripDetector.of(policy.track(), ChinaTime.ZONE).analyse(fixes);
        Windows w = windows(vehicle, orders, period);
        VehicleAudit.Outcome outcome = audit(period).run(vehicle, w.open(), TrackFacts.of(analysis), Long.MIN_VALUE);
        List<Finding> findings = outcome.findings().stream().map(VehicleAudit.Keyed::finding).toList();
        VehicleSummary summary = summary(vehicle, analysis.track().rows(), analysis.track().duplicates(),
                analysis.track().glitches(), outcome.figures(), w.cancelledInPeriod(), findings);
        return new VehicleResult(findings.stream().sorted(Finding.REPORT_ORDER).toList(), summary, analysis);
    }

    private VehicleAudit audit(AuditPeriod period) {
        VehicleAudit a = lastAudit;
        if (a == null || !a.period().equals(period)) {
            a = new VehicleAudit(policy, calendar, period);
            lastAudit = a;
        }
        return a;
    }

    /** The order of windows for association: {@link VehicleAudit#WINDOW_ORDER}, ties by the whole order. */
    static final Comparator<OrderWindow> ASSOCIATION_ORDER = VehicleAudit.WINDOW_ORDER
            .thenComparing(w -> w.order().toString());

    /** The orders of one vehicle that take part, as windows in association order, and the cancelled count. */
    record Windows(List<OrderWindow> open, int cancelledInPeriod) {
    }

    Windows windows(Vehicle vehicle, List<DispatchOrder> orders, AuditPeriod period) {
        List<OrderWindow> open = new ArrayList<>();
        int cancelled = 0;
        for (DispatchOrder o : orders) {
            if (!o.vehicleId().equals(vehicle.id())) {
                throw new IllegalArgumentException("order " + o.orderId() + " of " + o.vehicleId()
                        + " given for vehicle " + vehicle.id());
            }
            if (o.isCancelled()) {
                cancelled += period.contains(o.windowStart(), ChinaTime.ZONE) ? 1 : 0;
            } else {
                open.add(OrderWindow.of(o, policy.orderTolerance()));
            }
        }
        open.sort(ASSOCIATION_ORDER);
        return new Windows(open, cancelled);
    }

    static VehicleSummary summary(Vehicle v, long rows, long duplicates, long glitches, VehicleAudit.Figures f,
                                  int cancelled, List<Finding> findings) {
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        findings.forEach(x -> counts.merge((FindingType) x.type(), 1, Integer::sum));
        return new VehicleSummary(v.id(), v.agencyId(), rows, duplicates, glitches, f.trips(),
                f.tripMetres() / 1000, f.orders(), cancelled, f.vehicleDays(), f.offlineDays(), counts);
    }

    void checkCovered(AuditPeriod period) {
        for (LocalDate d = period.from(); d.isBefore(period.to()); d = d.plusDays(1)) {
            calendar.kindOf(d);
        }
    }

    static Map<String, Vehicle> register(Collection<Vehicle> vehicles) {
        Map<String, Vehicle> register = new LinkedHashMap<>();
        vehicles.stream().sorted(Comparator.comparing(Vehicle::id)).forEach(v -> {
            if (register.putIfAbsent(v.id(), v) != null) {
                throw new IllegalArgumentException("vehicle id " + v.id() + " appears twice in the register");
            }
        });
        return register;
    }
}
