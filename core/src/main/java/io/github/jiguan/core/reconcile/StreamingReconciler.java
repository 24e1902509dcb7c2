package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.track.CleanTrack;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.OnlineDays;
import io.github.jiguan.core.track.Stop;
import io.github.jiguan.core.track.TrackAnalysis;
import io.github.jiguan.core.track.TrackCleaner;
import io.github.jiguan.core.track.Trip;
import io.github.jiguan.core.track.TripDetector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reconciles fixes and orders as they arrive, in any order, and emits each finding once it can no
 * longer change. After {@link #flush()} the findings and summaries equal what {@link Reconciler}
 * returns for the same data, provided nothing arrived late.
 *
 * <p><b>Watermark.</b> The watermark W is the latest fix time seen less the allowed lateness (or
 * what {@link #advanceWatermark(Instant)} promises, if later). Data is on time when it concerns a
 * moment at or after W: a fix by its time, an order by its expanded window's start. Late data
 * goes to the late-data listener and is left out. Blind-area re-uploads (JT/T 808 0x0704 type 1)
 * arrive hours after their fix times: set the allowed lateness above the longest delay the
 * platform accepts (default 24 h). Orders entered days after the trip (事后补派) are on time only
 * if the lateness covers that too; otherwise they are reported as late.
 *
 * <p><b>Finality.</b> Since every later fix is at or after W, a vehicle's analysis of its fixes
 * before W is final up to a horizon H: the first position of the movement still in progress, or W
 * itself when the vehicle stands in a confirmed stop or its last position is more than the maximum
 * gap before W. A trip finding is emitted once its trip starts before H; an order finding once its
 * expanded window ends before H; a parking finding once its stay ends before H; a run of days once
 * the day after it has ended by H. The analysis is repeated every {@code evaluateEvery} of
 * watermark progress, and a vehicle's fixes before its last confirmed stop are then dropped, so
 * memory stays bounded by the lateness and the longest movement.
 *
 * <p>Not thread-safe: call it from one thread, or one instance per partition of vehicles.
 */
public final class StreamingReconciler {

    private final ReconcilePolicy policy;
    private final AuditPeriod period;
    private final Reconciler batch;
    private final VehicleAudit audit;
    private final TripDetector detector;
    private final TrackCleaner cleaner;
    private final long lateness;
    private final long every;
    private final Consumer<Finding> onFinding;
    private final Consumer<LateData> onLate;
    private final Map<String, VehicleState> vehicles = new HashMap<>();
    private final List<String> unknownOrders = new ArrayList<>();
    private final Map<String, Long> unknownFixes = new HashMap<>();
    private final long[] dayEnds;
    private long watermark = Long.MIN_VALUE;
    private long evaluatedAt = Long.MIN_VALUE;
    private long late;
    private boolean flushed;

    private StreamingReconciler(Builder b) {
        this.policy = b.policy;
        this.period = b.period;
        this.batch = Reconciler.of(b.calendar, b.policy);
        batch.checkCovered(period);
        this.audit = new VehicleAudit(policy, b.calendar, period);
        this.detector = TripDetector.of(policy.track(), ChinaTime.ZONE);
        this.cleaner = TrackCleaner.of(policy.track());
        this.lateness = b.lateness.toMillis();
        this.every = b.every.toMillis();
        this.onFinding = b.onFinding;
        this.onLate = b.onLate;
        for (Vehicle v : Reconciler.register(b.vehicles).values()) {
            vehicles.put(v.id(), new VehicleState(v));
        }
        this.dayEnds = period.dates().stream()
                .mapToLong(d -> d.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant().toEpochMilli()).toArray();
    }

    /** Starts a streaming reconciler over the vehicle register, for the audit period. */
    public static Builder builder(WorkCalendar calendar, ReconcilePolicy policy, AuditPeriod period,
                                  Collection<Vehicle> vehicles) {
        return new Builder(calendar, policy, period, vehicles);
    }

    /** Takes one fix; returns false when it was late (and reported as such). */
    public boolean accept(Fix fix) {
        checkOpen();
        long t = fix.time().toEpochMilli();
        VehicleState v = vehicles.get(fix.vehicleId());
        if (v == null) {
            unknownFixes.merge(fix.vehicleId(), 1L, Long::sum);
            return true;
        }
        if (t < watermark) {
            late(new LateData(fix, null, Instant.ofEpochMilli(watermark)));
            return false;
        }
        v.buffer.add(fix);
        advance(t == Long.MIN_VALUE ? t : t - lateness);
        return true;
    }

    /** Takes one order (new or cancelled); returns false when it was late (and reported as such). */
    public boolean accept(DispatchOrder order) {
        checkOpen();
        VehicleState v = vehicles.get(order.vehicleId());
        if (v == null) {
            unknownOrders.add(order.orderId());
            return true;
        }
        long es = order.windowStart().minus(policy.orderTolerance()).toEpochMilli();
        if (!order.isCancelled() && es < watermark) {
            late(new LateData(null, order, Instant.ofEpochMilli(watermark)));
            return false;
        }
        v.orders.add(order);
        return true;
    }

    /**
     * Promises that no data concerning a moment before {@code moment} will come, and emits what is
     * final. The watermark never goes back.
     */
    public void advanceWatermark(Instant moment) {
        checkOpen();
        long w = moment.toEpochMilli();
        if (w > watermark) {
            watermark = w;
        }
        evaluate(false);
    }

    /** The watermark, or {@code null} before any fix. */
    public Instant watermark() {
        return watermark == Long.MIN_VALUE ? null : Instant.ofEpochMilli(watermark);
    }

    /** How many fixes and orders arrived late. */
    public long lateCount() {
        return late;
    }

    /**
     * Ends the stream: emits every remaining finding and returns the whole result, as the batch
     * {@link Reconciler} would on the same (on-time) data. The reconciler takes nothing after.
     */
    public ReconcileResult flush() {
        checkOpen();
        evaluate(true);
        flushed = true;
        List<Finding> findings = new ArrayList<>();
        List<VehicleSummary> summaries = new ArrayList<>();
        for (VehicleState v : vehicles.values()) {
            findings.addAll(v.emitted);
            summaries.add(v.summary);
        }
        return new ReconcileResult(period, findings, summaries, unknownOrders, unknownFixes);
    }

    private void advance(long w) {
        if (w > watermark) {
            watermark = w;
            if (evaluatedAt == Long.MIN_VALUE || watermark - evaluatedAt >= every) {
                evaluate(false);
            }
        }
    }

    private void evaluate(boolean last) {
        if (watermark == Long.MIN_VALUE && !last) {
            return;
        }
        evaluatedAt = watermark;
        for (VehicleState v : vehicles.values()) {
            v.evaluate(last);
        }
    }

    private void late(LateData data) {
        late++;
        onLate.accept(data);
    }

    private void checkOpen() {
        if (flushed) {
            throw new IllegalStateException("the stream was flushed");
        }
    }

    /** Everything kept about one vehicle between evaluations. */
    private final class VehicleState {
        final Vehicle vehicle;
        FixColumns.Builder buffer;
        final List<DispatchOrder> orders = new ArrayList<>();
        final List<Trip> finalTrips = new ArrayList<>();
        final List<Finding> emitted = new ArrayList<>();
        OnlineDays online = OnlineDays.none(ChinaTime.ZONE);
        long[] retained = new long[0];
        long restart = Long.MIN_VALUE;
        long horizon = Long.MIN_VALUE;
        int finalDays;
        long trimmedRows;
        long trimmedDuplicates;
        long trimmedGlitches;
        VehicleSummary summary;

        VehicleState(Vehicle vehicle) {
            this.vehicle = vehicle;
            this.buffer = FixColumns.builder(vehicle.id());
        }

        void evaluate(boolean last) {
            long w = last ? Long.MAX_VALUE : watermark;
            TrackAnalysis analysis = detector.analyse(buffer.buildBefore(w));
            long h = last ? Long.MAX_VALUE : horizon(analysis.track(), analysis, w);
            Reconciler.Windows windows = batch.windows(vehicle, orders, period);
            VehicleAudit.Outcome outcome = audit.run(vehicle, windows.open(), facts(analysis), restart);
            int days = finalDays(h);
            for (VehicleAudit.Keyed k : outcome.findings()) {
                if (isNewlyFinal(k, h, days, last)) {
                    emitted.add(k.finding());
                    onFinding.accept(k.finding());
                }
            }
            horizon = Math.max(horizon, h);
            finalDays = Math.max(finalDays, days);
            if (last) {
                CleanTrack c = analysis.track();
                summary = Reconciler.summary(vehicle, trimmedRows + c.rows(), trimmedDuplicates + c.duplicates(),
                        trimmedGlitches + c.glitches(), outcome.figures(), windows.cancelledInPeriod(), emitted);
            } else {
                trim(analysis, windows.open());
            }
        }

        long horizon(CleanTrack track, TrackAnalysis analysis, long w) {
            int n = track.positionCount();
            if (n == 0 || w - track.time(n - 1) > policy.track().maxGap().toMillis()
                    || analysis.openFrom() == FixColumns.NO_TIME) {
                return w;
            }
            return Math.min(w, analysis.openFrom());
        }

        int finalDays(long h) {
            int f = 0;
            while (f < dayEnds.length && dayEnds[f] <= h) {
                f++;
            }
            return f;
        }

        /**
         * Whether the finding became final since the last evaluation. A stay may end exactly at a
         * horizon equal to the watermark (the next fix is at W), so it too must end before H.
         */
        boolean isNewlyFinal(VehicleAudit.Keyed k, long h, int days, boolean last) {
            return switch (k.kind()) {
                case TRIP, ORDER, STAY -> k.key() >= horizon && (k.key() < h || last);
                case DAYS -> k.key() > finalDays && k.key() <= days;
            };
        }

        TrackFacts facts(TrackAnalysis analysis) {
            List<Trip> trips = new ArrayList<>(finalTrips);
            trips.addAll(analysis.trips());
            OnlineDays days = online.union(analysis.onlineDays());
            CleanTrack track = analysis.track();
            return new TrackFacts() {
                @Override
                public List<Trip> trips() {
                    return trips;
                }

                @Override
                public List<Stop> stops() {
                    return analysis.stops();
                }

                @Override
                public OnlineDays onlineDays() {
                    return days;
                }

                @Override
                public boolean hasFixBetween(long from, long to) {
                    int i = Arrays.binarySearch(retained, from);
                    int k = i >= 0 ? i : -i - 1;
                    return (k < retained.length && retained[k] <= to) || track.hasFixBetween(from, to);
                }

                @Override
                public Known lastKnown(long moment) {
                    return TrackFacts.known(track, moment);
                }
            };
        }

        /** Drops the fixes before the last restart point, keeping what later evaluations need of them. */
        void trim(TrackAnalysis analysis, List<OrderWindow> windows) {
            long r = analysis.restartFrom();
            if (r == FixColumns.NO_TIME || r <= restart || r >= horizon) { // stays ending at r must be out
                return;
            }
            for (Trip t : analysis.trips()) {
                if (t.end().toEpochMilli() <= r) { // a trip with no moving fix starts and ends at r
                    finalTrips.add(t);
                }
            }
            online = online.union(analysis.onlineDays());
            long keepFrom = Long.MAX_VALUE;
            for (OrderWindow win : windows) {
                if (win.expandedEnd().toEpochMilli() >= horizon) {
                    keepFrom = Math.min(keepFrom, win.start().toEpochMilli());
                }
            }
            CleanTrack c = analysis.track();
            List<Long> keep = new ArrayList<>();
            for (long t : retained) {
                if (t >= keepFrom) {
                    keep.add(t);
                }
            }
            for (int i = 0; i < c.fixCount() && c.fixTime(i) < r; i++) {
                if (c.fixTime(i) >= keepFrom) {
                    keep.add(c.fixTime(i));
                }
            }
            retained = keep.stream().mapToLong(Long::longValue).sorted().toArray();
            CleanTrack prefix = cleaner.clean(buffer.buildBefore(r));
            trimmedRows += prefix.rows();
            trimmedDuplicates += prefix.duplicates();
            trimmedGlitches += prefix.glitches();
            buffer = buffer.from(r);
            restart = r;
        }
    }

    /** Configures a {@link StreamingReconciler}. */
    public static final class Builder {
        private final WorkCalendar calendar;
        private final ReconcilePolicy policy;
        private final AuditPeriod period;
        private final Collection<Vehicle> vehicles;
        private Duration lateness = Duration.ofHours(24);
        private Duration every = Duration.ofHours(1);
        private Consumer<Finding> onFinding = f -> { };
        private Consumer<LateData> onLate = d -> { };

        private Builder(WorkCalendar calendar, ReconcilePolicy policy, AuditPeriod period, Collection<Vehicle> vehicles) {
            this.calendar = Checks.notNull("calendar", calendar);
            this.policy = Checks.notNull("policy", policy);
            this.period = Checks.notNull("period", period);
            this.vehicles = List.copyOf(Checks.notNull("vehicles", vehicles));
        }

        /** How far behind the latest fix time data may still arrive (default 24 h). */
        public Builder allowedLateness(Duration value) {
            TrackPolicyCheck.notNegative("allowed lateness", value);
            this.lateness = value;
            return this;
        }

        /** How much watermark progress triggers a new evaluation (default 1 h). */
        public Builder evaluateEvery(Duration value) {
            TrackPolicyCheck.notNegative("evaluate every", value);
            this.every = value;
            return this;
        }

        /** Receives each finding once it is final. */
        public Builder onFinding(Consumer<Finding> value) {
            this.onFinding = Checks.notNull("finding listener", value);
            return this;
        }

        /** Receives each fix or order that arrived late and was left out. */
        public Builder onLate(Consumer<LateData> value) {
            this.onLate = Checks.notNull("late-data listener", value);
            return this;
        }

        /**
         * Builds the reconciler.
         *
         * @throws io.github.jiguan.core.calendar.CalendarYearNotCoveredException when the calendar
         *         does not cover the period
         */
        public StreamingReconciler build() {
            return new StreamingReconciler(this);
        }
    }

    /** Duration checks shared by the builder. */
    private static final class TrackPolicyCheck {
        static void notNegative(String field, Duration d) {
            Checks.notNull(field, d);
            if (d.isNegative()) {
                throw new io.github.jiguan.core.InvalidValueException(field, "must not be negative", d);
            }
        }
    }
}
