package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.track.CleanTrack;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.FixBuffer;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.Stop;
import io.github.jiguan.core.track.TrackAnalysis;
import io.github.jiguan.core.track.Trip;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One vehicle's streaming reconciliation: takes its fixes and orders as they come and, at each
 * {@link #advance(long, Consumer) watermark}, emits the findings that can no longer change. It is
 * the unit a stream processor keeps in keyed state; {@link StreamingReconciler} holds one per
 * vehicle of a register.
 *
 * <p><b>What it holds.</b> Fixes not yet passed by the watermark (those that came in time order
 * in one table cut by binary search, the few that came after a later one in another); the fixes
 * from the anchor of the last confirmed stop to the watermark (the movement in progress); the
 * orders whose expanded window has not ended before the horizon, and the trips that could still
 * be associated with them; per period day whether it had a trip or a fix; counters for the
 * summary. Nothing grows with the history: see docs/streaming.md for the bound.
 *
 * <p><b>Cost.</b> Each evaluation re-runs trip detection on the movement in progress only and the
 * rules on what it holds, with the orders whose expanded window has begun by the watermark (the
 * later ones wait, as windows, in association order); the day rules run when a day becomes final.
 * Each fix is moved from the waiting table once (a block copy for the in-order ones) and cleaned
 * once more when the stop after it is confirmed. The tables reuse their arrays, so a steady stream
 * allocates little beyond what each analysis makes.
 *
 * <p><b>Snapshot.</b> {@link #snapshot()} writes everything it holds, with a format version, and
 * {@link StreamingAudit#restore} reads it back; a restored stream continues exactly as the saved
 * one would have.
 *
 * <p>Not thread-safe.
 */
public final class VehicleStream {

    /** The version of the snapshot format. */
    public static final int FORMAT_VERSION = 2;

    private static final int MAGIC = 0x4a475653; // "JGVS"

    private final StreamingAudit rules;
    private final Vehicle vehicle;
    private FixBuffer open;
    /** Fixes not yet due that came in time order: times not decreasing. */
    private FixBuffer pending;
    /** The latest fix time taken into {@link #pending}: never goes back, so ties keep their arrival order. */
    private long pendingLast = Long.MIN_VALUE;
    /** Fixes not yet due that came after a later one (blind-area re-uploads), in arrival order. */
    private FixColumns.Builder late;
    /** The orders held, not cancelled, as windows in association order ({@link Reconciler#ASSOCIATION_ORDER}). */
    private final List<OrderWindow> windows = new ArrayList<>();
    private final List<Trip> finalTrips = new ArrayList<>();
    private final Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
    private final BitSet tripDays = new BitSet();
    /** The period days (by index) with a fix among those trimmed. */
    private final BitSet onlineDays = new BitSet();
    private long[] retained = new long[0];
    private long watermark = Long.MIN_VALUE;
    private long restart = Long.MIN_VALUE;
    private long horizon = Long.MIN_VALUE;
    private int finalDays;
    private long trimmedRows;
    private long trimmedDuplicates;
    private long trimmedGlitches;
    private int cancelled;
    private int doneTrips;
    private double doneMetres;
    private int doneOrders;
    private boolean finished;
    private boolean dirty = true; // not saved: a restored stream evaluates once more, which changes nothing
    private long deadline = Long.MIN_VALUE;

    VehicleStream(StreamingAudit rules, Vehicle vehicle) {
        this.rules = rules;
        this.vehicle = vehicle;
        this.open = FixBuffer.of(vehicle.id(), 64);
        this.pending = FixBuffer.of(vehicle.id(), 256); // a day of a vehicle reporting every 30 s for two hours
        this.late = FixColumns.builder(vehicle.id(), 1);
    }

    /** The vehicle. */
    public Vehicle vehicle() {
        return vehicle;
    }

    /** The last watermark it advanced to (epoch milliseconds), {@link Long#MIN_VALUE} before any. */
    public long watermark() {
        return watermark;
    }

    /** How many fixes it holds: not yet due, and of the movement in progress. */
    public int heldFixes() {
        return open.size() + pending.size() + late.size();
    }

    /** How many orders it holds. */
    public int heldOrders() {
        return windows.size();
    }

    /**
     * Takes a fix of this vehicle. Returns false, taking nothing, when the fix is before the
     * watermark this stream has advanced to: the caller reports it as late.
     *
     * @throws IllegalArgumentException when the fix is another vehicle's
     * @throws IllegalStateException    after {@link #finish}
     */
    public boolean accept(Fix fix) {
        return take(fix, fix.time().toEpochMilli());
    }

    /** {@link #accept(Fix)} with the fix's time in epoch milliseconds. */
    boolean take(Fix fix, long t) {
        checkOpen();
        checkVehicle(fix.vehicleId());
        if (t < watermark) {
            return false;
        }
        if (t >= pendingLast) {
            pending.add(fix);
            pendingLast = t;
        } else {
            late.add(fix);
        }
        return true;
    }

    /**
     * Takes an order of this vehicle, new or cancelled. Returns false, taking nothing, when it is
     * late for the watermark this stream has advanced to ({@link StreamingAudit#isLate}).
     */
    public boolean accept(DispatchOrder order) {
        checkOpen();
        checkVehicle(order.vehicleId());
        if (rules.isLate(order, watermark)) {
            return false;
        }
        if (order.isCancelled()) {
            cancelled += rules.inPeriod(order.windowStart().toEpochMilli()) ? 1 : 0;
        } else {
            OrderWindow w = OrderWindow.of(order, rules.policy().orderTolerance());
            int at = Collections.binarySearch(windows, w, Reconciler.ASSOCIATION_ORDER);
            windows.add(at < 0 ? -at - 1 : at + 1, w);
            dirty = true;
        }
        return true;
    }

    /**
     * Promises that nothing of this vehicle before {@code watermarkMillis} will come, and emits the
     * findings that became final. A watermark at or before the last one only re-evaluates.
     */
    public void advance(long watermarkMillis, Consumer<Finding> out) {
        checkOpen();
        watermark = Math.max(watermark, watermarkMillis);
        if (drain(watermark) || dirty || watermark >= deadline) {
            evaluate(false, out);
        }
    }

    /**
     * Ends the stream: emits every remaining finding and returns the vehicle's summary, as the
     * batch {@link Reconciler} would give them for the same data. It takes nothing after.
     */
    public VehicleSummary finish(Consumer<Finding> out) {
        checkOpen();
        watermark = Long.MAX_VALUE;
        VehicleSummary summary = evaluate(true, out);
        finished = true;
        return summary;
    }

    private VehicleSummary evaluate(boolean last, Consumer<Finding> out) {
        drain(watermark);
        dirty = false;
        // The view shares open's arrays: everything read from the analysis is read before trim changes them.
        TrackAnalysis analysis = rules.detector().analyse(open.view());
        long h = last ? Long.MAX_VALUE : horizon(analysis);
        int begun = last ? windows.size() : firstStartingAfter(watermark);
        List<OrderWindow> held = windows.subList(0, begun);
        int days = finalDays(h);
        VehicleAudit.Carried carried = new VehicleAudit.Carried(tripDays, doneTrips, doneMetres, doneOrders, horizon,
                last ? Long.MAX_VALUE : h, finalDays, days);
        VehicleAudit.Outcome outcome = rules.audit().run(vehicle, held, facts(analysis), restart, carried,
                last || days > finalDays);
        for (VehicleAudit.Keyed k : outcome.findings()) {
            if (isNewlyFinal(k, h, days, last)) {
                counts.merge((FindingType) k.finding().type(), 1, Integer::sum);
                out.accept(k.finding());
            }
        }
        horizon = Math.max(horizon, h);
        finalDays = Math.max(finalDays, days);
        if (last) {
            CleanTrack c = analysis.track();
            VehicleAudit.Figures f = outcome.figures();
            return new VehicleSummary(vehicle.id(), vehicle.agencyId(), trimmedRows + c.rows(),
                    trimmedDuplicates + c.duplicates(), trimmedGlitches + c.glitches(), f.trips(),
                    f.tripMetres() / 1000, f.orders(), cancelled, f.vehicleDays(), f.offlineDays(), counts);
        }
        deadline = deadline(analysis, held);
        if (begun < windows.size()) { // a window not yet begun joins the evaluation once the watermark passes its start
            deadline = Math.min(deadline, windows.get(begun).expandedStart().toEpochMilli() + 1);
        }
        trim(analysis, held);
        prune(held);
        return null;
    }

    /**
     * The earliest watermark at which, without new data, something more could become final: the
     * end of the next period day, the end of an open order's expanded window, or the moment the
     * last position is more than the maximum gap behind.
     */
    private long deadline(TrackAnalysis analysis, List<OrderWindow> held) {
        long[] ends = rules.dayEnds();
        long d = finalDays < ends.length ? ends[finalDays] : Long.MAX_VALUE;
        for (OrderWindow w : held) {
            long ee = w.expandedEnd().toEpochMilli();
            if (ee >= horizon) {
                d = Math.min(d, ee + 1);
            }
        }
        CleanTrack track = analysis.track();
        if (track.positionCount() > 0) {
            d = Math.min(d, track.time(track.positionCount() - 1) + rules.policy().track().maxGap().toMillis() + 1);
        }
        return d;
    }

    /**
     * Moves the fixes before {@code w} to the movement in progress; true when any moved. The
     * in-order fixes go first, cut by a binary search, then the late ones: equal times then keep
     * their arrival order, as every in-order fix of a time came before any late one of it.
     */
    private boolean drain(long w) {
        int before = open.size();
        open.takeFirst(pending, pending.firstAtOrAfter(w));
        if (late.size() > 0) {
            FixColumns l = late.view();
            FixColumns.Builder rest = FixColumns.builder(vehicle.id(), l.size());
            for (int i = 0; i < l.size(); i++) {
                if (l.time(i) < w) {
                    open.addRow(l, i);
                } else {
                    rest.addRow(l, i);
                }
            }
            late = rest;
        }
        return open.size() > before;
    }

    /**
     * The index of the first held window whose expanded window starts after {@code moment}: the
     * windows before it are those that can touch the fixes before the watermark.
     */
    private int firstStartingAfter(long moment) {
        int lo = 0;
        int hi = windows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (windows.get(mid).expandedStart().toEpochMilli() <= moment) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Trips starting before the horizon are final: every later fix is at or after the watermark,
     * so only the movement still in progress (or a gap not yet closed) can change.
     */
    private long horizon(TrackAnalysis analysis) {
        CleanTrack track = analysis.track();
        int n = track.positionCount();
        if (n == 0 || watermark - track.time(n - 1) > rules.policy().track().maxGap().toMillis()
                || analysis.openFrom() == FixColumns.NO_TIME) {
            return watermark;
        }
        return Math.min(watermark, analysis.openFrom());
    }

    private int finalDays(long h) {
        long[] ends = rules.dayEnds();
        int f = finalDays;
        while (f < ends.length && ends[f] <= h) {
            f++;
        }
        return f;
    }

    /**
     * Whether the finding became final since the last evaluation. A stay may end exactly at a
     * horizon equal to the watermark (the next fix is at W), so it too must end before H.
     */
    private boolean isNewlyFinal(VehicleAudit.Keyed k, long h, int days, boolean last) {
        return switch (k.kind()) {
            case TRIP, ORDER, STAY -> k.key() >= horizon && (k.key() < h || last);
            case DAYS -> k.key() > finalDays && k.key() <= days;
        };
    }

    private TrackFacts facts(TrackAnalysis analysis) {
        List<Trip> trips = new ArrayList<>(finalTrips);
        trips.addAll(analysis.trips());
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
            public BitSet onlineDays(LocalDate first, int count) {
                BitSet days = analysis.onlineDays().indexesFrom(first, count);
                days.or(onlineDays);
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
    private void trim(TrackAnalysis analysis, List<OrderWindow> held) {
        long r = analysis.restartFrom();
        if (r == FixColumns.NO_TIME || r <= restart || r >= horizon) { // stays ending at r must be out
            return;
        }
        for (Trip t : analysis.trips()) {
            if (t.end().toEpochMilli() <= r) { // a trip with no moving fix starts and ends at r
                finalTrips.add(t);
            }
        }
        onlineDays.or(analysis.onlineDays().indexesFrom(rules.period().from(), rules.dayEnds().length));
        long keepFrom = Long.MAX_VALUE;
        for (OrderWindow win : held) {
            if (win.expandedEnd().toEpochMilli() >= horizon) {
                keepFrom = Math.min(keepFrom, win.start().toEpochMilli());
            }
        }
        retained = retainedTimes(analysis.track(), keepFrom, r);
        // The rows before r counted from the analysis of all of them rather than cleaned once more.
        CleanTrack track = analysis.track();
        int fixesBefore = track.fixesBefore(r);
        trimmedGlitches += track.glitchesBefore(r);
        int rows = open.retainFrom(r); // the track may share open's times: read before this
        trimmedRows += rows;
        trimmedDuplicates += rows - fixesBefore;
        restart = r;
    }

    /** The fix times an open order window may still ask about: those at or after {@code keepFrom}. */
    private long[] retainedTimes(CleanTrack c, long keepFrom, long r) {
        if (keepFrom >= r && (retained.length == 0 || retained[0] >= keepFrom)) { // the common case: nothing new
            return retained;
        }
        long[] keep = new long[retained.length + c.fixCount()];
        int n = 0;
        for (long t : retained) {
            if (t >= keepFrom) {
                keep[n++] = t;
            }
        }
        for (int i = 0; i < c.fixCount() && c.fixTime(i) < r; i++) {
            if (c.fixTime(i) >= keepFrom) {
                keep[n++] = c.fixTime(i);
            }
        }
        long[] out = Arrays.copyOf(keep, n);
        Arrays.sort(out);
        return out;
    }

    /**
     * Forgets the final trips no open order can overlap and the final orders no kept trip can be
     * associated with, carrying their counts and trip days. An order is open while its expanded
     * window ends at or after the horizon; a kept trip's association needs every window that
     * overlaps it, and those end after its start.
     */
    private void prune(List<OrderWindow> held) {
        long c = Math.min(horizon, restart);
        for (OrderWindow w : held) {
            if (w.expandedEnd().toEpochMilli() >= horizon) {
                c = Math.min(c, w.expandedStart().toEpochMilli());
            }
        }
        Iterator<Trip> trips = finalTrips.iterator();
        while (trips.hasNext()) {
            Trip t = trips.next();
            if (t.end().toEpochMilli() >= c) {
                break;
            }
            if (rules.inPeriod(t.start().toEpochMilli())) {
                doneTrips++;
                doneMetres += t.distanceMetres();
            }
            rules.audit().markTripDays(t, tripDays);
            trips.remove();
        }
        long keepWindows = finalTrips.isEmpty() ? c : Math.min(c, finalTrips.get(0).start().toEpochMilli());
        held.removeIf(w -> {
            if (w.expandedEnd().toEpochMilli() >= keepWindows) {
                return false;
            }
            doneOrders += rules.inPeriod(w.start().toEpochMilli()) ? 1 : 0;
            return true;
        });
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the stream of " + vehicle.id() + " was finished");
        }
    }

    private void checkVehicle(String id) {
        if (!id.equals(vehicle.id())) {
            throw new IllegalArgumentException("data of " + id + " given to the stream of " + vehicle.id());
        }
    }

    /**
     * Everything this stream holds, as bytes with a format version: restore it with
     * {@link StreamingAudit#restore} under the same settings.
     */
    public byte[] snapshot() {
        checkOpen();
        return StateCodec.bytes(this::write);
    }

    private void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeShort(FORMAT_VERSION);
        out.writeUTF(vehicle.id());
        for (long v : new long[] {watermark, restart, horizon, trimmedRows, trimmedDuplicates, trimmedGlitches}) {
            out.writeLong(v);
        }
        for (int v : new int[] {finalDays, cancelled, doneTrips, doneOrders}) {
            out.writeInt(v);
        }
        out.writeDouble(doneMetres);
        writeLongs(out, tripDays.toLongArray());
        writeLongs(out, retained);
        long first = rules.period().from().toEpochDay();
        out.writeInt(onlineDays.cardinality());
        for (int i = onlineDays.nextSetBit(0); i >= 0; i = onlineDays.nextSetBit(i + 1)) {
            out.writeLong(first + i);
        }
        out.writeInt(counts.size());
        for (Map.Entry<FindingType, Integer> e : counts.entrySet()) {
            out.writeUTF(e.getKey().name());
            out.writeInt(e.getValue());
        }
        out.writeInt(windows.size());
        for (OrderWindow w : windows) {
            StateCodec.writeOrder(out, w.order());
        }
        out.writeInt(finalTrips.size());
        for (Trip t : finalTrips) {
            StateCodec.writeTrip(out, t);
        }
        StateCodec.writeColumns(out, open.view());
        StateCodec.writeColumns(out, pending.view());
        out.writeLong(pendingLast);
        StateCodec.writeColumns(out, late.view());
    }

    static VehicleStream restore(StreamingAudit rules, Vehicle vehicle, byte[] bytes) {
        return StateCodec.read(bytes, in -> {
            VehicleStream s = new VehicleStream(rules, vehicle);
            s.read(in);
            if (in.read() != -1) {
                throw new IOException("bytes after the snapshot's end");
            }
            return s;
        });
    }

    private void read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a vehicle stream snapshot");
        }
        int version = in.readShort();
        if (version != FORMAT_VERSION) {
            throw new IOException("snapshot format version " + version + ", this library reads " + FORMAT_VERSION);
        }
        String id = in.readUTF();
        if (!id.equals(vehicle.id())) {
            throw new IOException("snapshot of vehicle " + id + " restored for " + vehicle.id());
        }
        watermark = in.readLong();
        restart = in.readLong();
        horizon = in.readLong();
        trimmedRows = in.readLong();
        trimmedDuplicates = in.readLong();
        trimmedGlitches = in.readLong();
        finalDays = in.readInt();
        cancelled = in.readInt();
        doneTrips = in.readInt();
        doneOrders = in.readInt();
        doneMetres = in.readDouble();
        tripDays.or(BitSet.valueOf(readLongs(in)));
        retained = readLongs(in);
        long first = rules.period().from().toEpochDay();
        for (int i = in.readInt(); i > 0; i--) {
            long day = in.readLong() - first; // days outside the period, which no rule reads, are left out
            if (day >= 0 && day < rules.dayEnds().length) {
                onlineDays.set((int) day);
            }
        }
        for (int i = in.readInt(); i > 0; i--) {
            counts.put(FindingType.valueOf(in.readUTF()), in.readInt());
        }
        for (int i = in.readInt(); i > 0; i--) {
            windows.add(OrderWindow.of(StateCodec.readOrder(in), rules.policy().orderTolerance()));
        }
        windows.sort(Reconciler.ASSOCIATION_ORDER);
        for (int i = in.readInt(); i > 0; i--) {
            finalTrips.add(StateCodec.readTrip(in));
        }
        open = buffer(StateCodec.readColumns(in, vehicle.id()).view());
        pending = buffer(StateCodec.readColumns(in, vehicle.id()).view());
        pendingLast = in.readLong();
        late = StateCodec.readColumns(in, vehicle.id());
    }

    private FixBuffer buffer(FixColumns rows) {
        return FixBuffer.of(vehicle.id(), Math.max(64, rows.size())).addAll(rows);
    }

    private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        long[] values = new long[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }
}
