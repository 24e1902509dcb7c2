package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.track.Fix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reconciles fixes and orders of a register of vehicles as they arrive, and emits each finding
 * once it can no longer change. It keeps one {@link VehicleStream} per vehicle and a watermark.
 *
 * <p><b>The promise.</b> Data is <em>on time</em> when it concerns a moment at or after the
 * watermark W: a fix by its time, an order by its expanded window's start. W is the latest fix
 * time seen less the allowed lateness (or what {@link #advanceWatermark(Instant)} promises, if
 * later); it never goes back. When every fix and order is on time, in whatever order they come,
 * the findings emitted and the result of {@link #flush()} equal what {@link Reconciler} returns for
 * the same data, each finding emitted once. Data that is not on time is never used and never
 * dropped silently: it goes to the late-data listener ({@link LateData}) and is counted. A finding
 * is emitted only once nothing on time can change it, so no finding is ever revised; the price is
 * that findings wait for the watermark, that is, for the allowed lateness.
 *
 * <p><b>Lateness.</b> Blind-area re-uploads (JT/T 808 0x0704 type 1) come when the terminal finds
 * the network again, hours or days after the fix time; the default allowed lateness is therefore
 * {@value #DEFAULT_LATENESS_DAYS} days. Orders entered days after the trip (事后补派) are on time
 * only if the lateness covers that too; otherwise they are reported as late.
 *
 * <p><b>Finality.</b> Since every later fix is at or after W, a vehicle's analysis of its fixes
 * before W is final up to a horizon H: the first position of the movement still in progress, or W
 * itself when the vehicle stands in a confirmed stop or its last position is more than the maximum
 * gap before W. A trip finding is emitted once its trip starts before H; an order finding once its
 * expanded window ends before H; a parking finding once its stay ends before H; a run of days once
 * the day after it has ended by H. Vehicles are evaluated every {@code evaluateEvery} of watermark
 * progress.
 *
 * <p><b>Snapshot.</b> {@link #snapshot()} saves the watermark, the counters and every vehicle's
 * stream; {@link Builder#restore(byte[])} continues from it. Findings emitted before the snapshot
 * are the listener's: {@link #flush()} lists those emitted by this instance, while the summaries
 * count all.
 *
 * <p>Not thread-safe: call it from one thread, or one instance per partition of vehicles.
 */
public final class StreamingReconciler {

    /** The default allowed lateness, in days. */
    public static final int DEFAULT_LATENESS_DAYS = 7;

    /**
     * The default watermark progress between evaluations: findings wait for the lateness (days)
     * anyway, and each evaluation re-runs the detection over the movement or stay in progress.
     */
    public static final Duration DEFAULT_EVALUATE_EVERY = Duration.ofDays(1);

    private static final int MAGIC = 0x4a475352; // "JGSR"

    private final StreamingAudit rules;
    private final long lateness;
    private final long every;
    private final Consumer<Finding> onFinding;
    private final Consumer<LateData> onLate;
    private final Map<String, VehicleStream> vehicles = new LinkedHashMap<>();
    private final List<String> unknownOrders = new ArrayList<>();
    private final Map<String, Long> unknownFixes = new HashMap<>();
    private final List<Finding> emitted = new ArrayList<>();
    private long watermark = Long.MIN_VALUE;
    private long evaluatedAt = Long.MIN_VALUE;
    private long late;
    private boolean flushed;

    private StreamingReconciler(Builder b) {
        this.rules = StreamingAudit.of(b.calendar, b.policy, b.period);
        this.lateness = b.lateness.toMillis();
        this.every = b.every.toMillis();
        this.onFinding = b.onFinding;
        this.onLate = b.onLate;
        for (Vehicle v : Reconciler.register(b.vehicles).values()) {
            vehicles.put(v.id(), rules.open(v));
        }
        if (b.snapshot != null) {
            StateCodec.read(b.snapshot, this::read);
        }
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
        VehicleStream v = vehicles.get(fix.vehicleId());
        if (v == null) {
            unknownFixes.merge(fix.vehicleId(), 1L, Long::sum);
            return true;
        }
        if (t < watermark || !v.take(fix, t)) {
            late(new LateData(fix, null, Instant.ofEpochMilli(watermark)));
            return false;
        }
        advance(t - lateness);
        return true;
    }

    /** Takes one order (new or cancelled); returns false when it was late (and reported as such). */
    public boolean accept(DispatchOrder order) {
        checkOpen();
        VehicleStream v = vehicles.get(order.vehicleId());
        if (v == null) {
            unknownOrders.add(order.orderId());
            return true;
        }
        if (rules.isLate(order, watermark) || !v.accept(order)) {
            late(new LateData(null, order, Instant.ofEpochMilli(watermark)));
            return false;
        }
        return true;
    }

    /**
     * Promises that no data concerning a moment before {@code moment} will come, and emits what is
     * final. The watermark never goes back.
     */
    public void advanceWatermark(Instant moment) {
        checkOpen();
        watermark = Math.max(watermark, moment.toEpochMilli());
        evaluate();
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
     * Ends the stream: emits every remaining finding and returns the result, as the batch
     * {@link Reconciler} would on the same (on-time) data. The reconciler takes nothing after.
     */
    public ReconcileResult flush() {
        checkOpen();
        flushed = true;
        List<VehicleSummary> summaries = new ArrayList<>();
        for (VehicleStream v : vehicles.values()) {
            summaries.add(v.finish(this::emit));
        }
        return new ReconcileResult(rules.period(), emitted, summaries, unknownOrders, unknownFixes);
    }

    /**
     * Everything needed to continue: the watermark, the counters and each vehicle's stream, with
     * format versions. Restore it with {@link Builder#restore(byte[])} under the same settings and
     * register.
     */
    public byte[] snapshot() {
        checkOpen();
        return StateCodec.bytes(out -> {
            out.writeInt(MAGIC);
            out.writeShort(VehicleStream.FORMAT_VERSION);
            out.writeLong(watermark);
            out.writeLong(evaluatedAt);
            out.writeLong(late);
            out.writeInt(unknownOrders.size());
            for (String id : unknownOrders) {
                out.writeUTF(id);
            }
            out.writeInt(unknownFixes.size());
            for (Map.Entry<String, Long> e : unknownFixes.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
            }
            out.writeInt(vehicles.size());
            for (Map.Entry<String, VehicleStream> e : vehicles.entrySet()) {
                byte[] bytes = e.getValue().snapshot();
                out.writeUTF(e.getKey());
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        });
    }

    private StreamingReconciler read(java.io.DataInputStream in) throws java.io.IOException {
        if (in.readInt() != MAGIC || in.readShort() != VehicleStream.FORMAT_VERSION) {
            throw new java.io.IOException("not a streaming reconciler snapshot of format " + VehicleStream.FORMAT_VERSION);
        }
        watermark = in.readLong();
        evaluatedAt = in.readLong();
        late = in.readLong();
        for (int i = in.readInt(); i > 0; i--) {
            unknownOrders.add(in.readUTF());
        }
        for (int i = in.readInt(); i > 0; i--) {
            unknownFixes.put(in.readUTF(), in.readLong());
        }
        int n = in.readInt();
        if (n != vehicles.size()) {
            throw new java.io.IOException("snapshot of " + n + " vehicles restored for a register of " + vehicles.size());
        }
        for (int i = 0; i < n; i++) {
            String id = in.readUTF();
            byte[] bytes = in.readNBytes(in.readInt());
            VehicleStream v = vehicles.get(id);
            if (v == null) {
                throw new java.io.IOException("snapshot of vehicle " + id + ", which is not in the register");
            }
            vehicles.put(id, rules.restore(v.vehicle(), bytes));
        }
        return this;
    }

    private void advance(long w) {
        if (w > watermark) {
            watermark = w;
            if (evaluatedAt == Long.MIN_VALUE || watermark - evaluatedAt >= every) {
                evaluate();
            }
        }
    }

    private void evaluate() {
        if (watermark == Long.MIN_VALUE) {
            return;
        }
        evaluatedAt = watermark;
        for (VehicleStream v : vehicles.values()) {
            v.advance(watermark, this::emit);
        }
    }

    private void emit(Finding f) {
        emitted.add(f);
        onFinding.accept(f);
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

    /** Configures a {@link StreamingReconciler}. */
    public static final class Builder {
        private final WorkCalendar calendar;
        private final ReconcilePolicy policy;
        private final AuditPeriod period;
        private final Collection<Vehicle> vehicles;
        private Duration lateness = Duration.ofDays(DEFAULT_LATENESS_DAYS);
        private Duration every = DEFAULT_EVALUATE_EVERY;
        private Consumer<Finding> onFinding = f -> { };
        private Consumer<LateData> onLate = d -> { };
        private byte[] snapshot;

        private Builder(WorkCalendar calendar, ReconcilePolicy policy, AuditPeriod period, Collection<Vehicle> vehicles) {
            this.calendar = Checks.notNull("calendar", calendar);
            this.policy = Checks.notNull("policy", policy);
            this.period = Checks.notNull("period", period);
            this.vehicles = List.copyOf(Checks.notNull("vehicles", vehicles));
        }

        /** How far behind the latest fix time data may still arrive (default 7 days). */
        public Builder allowedLateness(Duration value) {
            TrackPolicyCheck.notNegative("allowed lateness", value);
            this.lateness = value;
            return this;
        }

        /** How much watermark progress triggers a new evaluation (default 1 day). */
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
         * Continues from a {@link StreamingReconciler#snapshot()} taken under the same settings
         * and register; {@link #build()} fails with {@link IllegalArgumentException} when it does
         * not fit.
         */
        public Builder restore(byte[] value) {
            this.snapshot = Checks.notNull("snapshot", value).clone();
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
