package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.TripDetector;

/**
 * The settings of a streaming reconciliation, shared by the {@link VehicleStream} of every vehicle:
 * calendar, policy and audit period, with the rules prepared once. A stream processor keeps one of
 * these per worker and one {@link VehicleStream} (or its {@link VehicleStream#snapshot() snapshot})
 * per vehicle in its keyed state.
 *
 * <p>Immutable and thread-safe.
 */
public final class StreamingAudit {

    private final ReconcilePolicy policy;
    private final AuditPeriod period;
    private final VehicleAudit audit;
    private final TripDetector detector;
    private final long[] dayEnds;
    private final long periodStart;
    private final long periodEnd;

    private StreamingAudit(WorkCalendar calendar, ReconcilePolicy policy, AuditPeriod period) {
        this.policy = Checks.notNull("policy", policy);
        this.period = Checks.notNull("period", period);
        Reconciler.of(calendar, policy).checkCovered(period);
        this.audit = new VehicleAudit(policy, calendar, period);
        this.detector = TripDetector.of(policy.track(), ChinaTime.ZONE);
        this.dayEnds = period.dates().stream()
                .mapToLong(d -> d.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant().toEpochMilli()).toArray();
        this.periodStart = period.start(ChinaTime.ZONE).toEpochMilli();
        this.periodEnd = period.end(ChinaTime.ZONE).toEpochMilli();
    }

    /**
     * The rules for one audit period.
     *
     * @throws io.github.jiguan.core.calendar.CalendarYearNotCoveredException when the calendar
     *         does not cover the period
     */
    public static StreamingAudit of(WorkCalendar calendar, ReconcilePolicy policy, AuditPeriod period) {
        return new StreamingAudit(Checks.notNull("calendar", calendar), policy, period);
    }

    /** The audit period. */
    public AuditPeriod period() {
        return period;
    }

    /** The policy. */
    public ReconcilePolicy policy() {
        return policy;
    }

    /** A new, empty stream for one vehicle. */
    public VehicleStream open(Vehicle vehicle) {
        return new VehicleStream(this, Checks.notNull("vehicle", vehicle));
    }

    /**
     * A vehicle's stream as {@link VehicleStream#snapshot()} saved it.
     *
     * @throws IllegalArgumentException when the bytes are not a snapshot of this format version or
     *         belong to another vehicle
     */
    public VehicleStream restore(Vehicle vehicle, byte[] snapshot) {
        return VehicleStream.restore(this, Checks.notNull("vehicle", vehicle), Checks.notNull("snapshot", snapshot));
    }

    /** Whether a fix is late for a watermark (epoch milliseconds): its time is before it. */
    public static boolean isLate(Fix fix, long watermark) {
        return fix.time().toEpochMilli() < watermark;
    }

    /**
     * Whether an order is late for a watermark (epoch milliseconds): it is not cancelled and its
     * expanded window starts before the watermark, so trips it could cover may already be judged.
     */
    public boolean isLate(DispatchOrder order, long watermark) {
        return !order.isCancelled() && expandedStart(order) < watermark;
    }

    long expandedStart(DispatchOrder order) {
        return order.windowStart().minus(policy.orderTolerance()).toEpochMilli();
    }

    VehicleAudit audit() {
        return audit;
    }

    TripDetector detector() {
        return detector;
    }

    long[] dayEnds() {
        return dayEnds;
    }

    /** Whether a moment (epoch milliseconds) is in the audit period, as {@link AuditPeriod#contains} says. */
    boolean inPeriod(long epochMillis) {
        return epochMillis >= periodStart && epochMillis < periodEnd;
    }
}
