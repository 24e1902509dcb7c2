package io.github.jiguan.testkit.reconcile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.core.reconcile.OrderWindow;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.ReconcileResult;
import io.github.jiguan.core.reconcile.Reconciler;
import io.github.jiguan.core.reconcile.StreamingReconciler;
import io.github.jiguan.core.reconcile.VehicleResult;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.Trip;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.fleet.Fleets;
import io.github.jiguan.testkit.fleet.Fleets.Fleet;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the reconciliation over random plausible fleets of the testkit. The row orders,
 * arrival delays and splits are generated too, so a failure shrinks to few rows moved.
 */
class ReconcileProperties {

    private static final Reconciler RECONCILER = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults());
    private static final int EXAMPLES = 40;
    private static final int SIZE = 40;
    private static final Generator<Fleet> FLEETS = Fleets.fleets(3);

    private static ReconcileResult batch(Fleet f) {
        return RECONCILER.reconcile(f.vehicles(), f.orders(), f.fixes(), f.period());
    }

    @Test
    void findingsDoNotDependOnTheOrderOfInputRows() {
        Generator<Fleet[]> shuffled = FLEETS.flatMap(f -> (r, size) -> new Fleet[] {f, f.withRows(
                Generator.permute(f.vehicles(), r), Generator.permute(f.fixes(), r), Generator.permute(f.orders(), r))});
        QtCheck.forAll(EXAMPLES, shuffled, SIZE, p -> p[0].toString(), p -> {
            ReconcileResult a = batch(p[0]);
            ReconcileResult b = batch(p[1]);
            assertEquals(a.findings(), b.findings());
            assertEquals(a.vehicles(), b.vehicles());
        });
    }

    /** A fleet and when each of its rows reaches the platform. */
    record Arrivals(Fleet fleet, long latenessMillis, List<Arrival> arrivals) {
        @Override
        public String toString() {
            return fleet + System.lineSeparator() + "  lateness " + Duration.ofMillis(latenessMillis);
        }
    }

    /** One row and when it arrives. */
    record Arrival(long at, Object item) {
    }

    /**
     * Fixes arrive up to the lateness after they were taken, and those of a blind area all at once
     * at its end (re-uploaded as 0x0704 type 1); orders up to the lateness after their expanded window opens.
     */
    private static Generator<Arrivals> arrivals() {
        return FLEETS.flatMap(f -> (r, size) -> {
            long lateness = Duration.ofHours(r.nextInt(0, 13)).toMillis();
            long blindStart = Fleets.START.toEpochMilli() + r.nextInt(0, 72) * 3_600_000L;
            List<Arrival> out = new ArrayList<>();
            for (Fix x : f.fixes()) {
                long t = x.time().toEpochMilli();
                boolean blind = t >= blindStart && t < blindStart + lateness / 2;
                long delay = blind ? blindStart + lateness / 2 - t : r.nextLong(0, lateness + 1);
                out.add(new Arrival(t + Math.min(delay, lateness), x));
            }
            for (DispatchOrder o : f.orders()) {
                long es = o.windowStart().minus(ReconcilePolicy.defaults().orderTolerance()).toEpochMilli();
                out.add(new Arrival(es + r.nextLong(0, lateness + 1), o));
            }
            out.sort(Comparator.comparingLong(Arrival::at));
            return new Arrivals(f, lateness, out);
        });
    }

    @Test
    void streamingInAnyArrivalOrderEqualsBatch() {
        QtCheck.forAll(EXAMPLES, arrivals(), SIZE, Arrivals::toString, a -> {
            Fleet f = a.fleet();
            List<Finding> emitted = new ArrayList<>();
            StreamingReconciler s = StreamingReconciler.builder(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults(),
                            f.period(), f.vehicles())
                    .allowedLateness(Duration.ofMillis(a.latenessMillis())).evaluateEvery(Duration.ofMinutes(20))
                    .onFinding(emitted::add).build();
            for (Arrival x : a.arrivals()) {
                boolean onTime = x.item() instanceof Fix fix ? s.accept(fix) : s.accept((DispatchOrder) x.item());
                assertTrue(onTime, "nothing arrives later than the allowed lateness: " + x);
            }
            ReconcileResult streamed = s.flush();
            ReconcileResult whole = batch(f);
            assertEquals(whole.findings(), streamed.findings());
            assertEquals(whole.vehicles(), streamed.vehicles());
            assertEquals(whole.findings().size(), emitted.size(), "each finding is emitted once");
        });
    }

    /** Arrivals and where the stream is stopped, saved and restored. */
    record Cut(Arrivals arrivals, int at) {
        @Override
        public String toString() {
            return arrivals + System.lineSeparator() + "  restored after " + at + " arrivals";
        }
    }

    @Test
    void stoppingAtASnapshotAndRestoringEqualsBatchWithEveryFindingOnce() {
        Generator<Cut> cuts = arrivals().flatMap(a -> (r, size) -> new Cut(a, r.nextInt(0, a.arrivals().size() + 1)));
        QtCheck.forAll(EXAMPLES, cuts, SIZE, Cut::toString, c -> {
            Fleet f = c.arrivals().fleet();
            List<Finding> emitted = new ArrayList<>();
            List<Arrival> all = c.arrivals().arrivals();
            StreamingReconciler first = streaming(f, c.arrivals().latenessMillis(), emitted, null);
            all.subList(0, c.at()).forEach(x -> take(first, x));
            byte[] saved = first.snapshot();
            StreamingReconciler second = streaming(f, c.arrivals().latenessMillis(), emitted, saved);
            assertArrayEquals(saved, second.snapshot(), "a restored stream saves the same state");
            all.subList(c.at(), all.size()).forEach(x -> take(second, x));
            ReconcileResult streamed = second.flush();
            ReconcileResult whole = batch(f);
            assertEquals(whole.findings(),
                    new ReconcileResult(f.period(), emitted, streamed.vehicles(), List.of(), java.util.Map.of()).findings());
            assertEquals(whole.vehicles(), streamed.vehicles());
        });
    }

    private static StreamingReconciler streaming(Fleet f, long lateness, List<Finding> emitted, byte[] snapshot) {
        StreamingReconciler.Builder b = StreamingReconciler.builder(WorkCalendar.chinaOfficial(),
                        ReconcilePolicy.defaults(), f.period(), f.vehicles())
                .allowedLateness(Duration.ofMillis(lateness)).evaluateEvery(Duration.ofMinutes(20)).onFinding(emitted::add);
        return (snapshot == null ? b : b.restore(snapshot)).build();
    }

    private static void take(StreamingReconciler s, Arrival x) {
        boolean onTime = x.item() instanceof Fix fix ? s.accept(fix) : s.accept((DispatchOrder) x.item());
        assertTrue(onTime, "nothing arrives later than the allowed lateness: " + x);
    }

    /** A fleet and the vehicles audited on the left. */
    record Split(Fleet fleet, Set<String> left) {
    }

    @Test
    void splittingTheAuditByVehicleAndMergingEqualsTheWhole() {
        Generator<Split> splits = FLEETS.flatMap(f -> (r, size) -> new Split(f, f.vehicles().stream().map(Vehicle::id)
                .filter(id -> r.nextBoolean()).collect(Collectors.toSet())));
        QtCheck.forAll(EXAMPLES, splits, SIZE, Split::toString, split -> {
            Fleet f = split.fleet();
            Set<String> left = split.left();
            Fleet a = part(f, left::contains);
            Fleet b = part(f, id -> !left.contains(id));
            ReconcileResult whole = batch(f);
            ReconcileResult merged = batch(a).merge(batch(b));
            assertEquals(whole.findings(), merged.findings());
            assertEquals(whole.vehicles(), merged.vehicles());
            assertEquals(whole.agencies(), merged.agencies());
            assertEquals(whole.offlineRate(), merged.offlineRate(), 1e-12);
        });
    }

    private static Fleet part(Fleet f, java.util.function.Predicate<String> vehicle) {
        return f.withRows(f.vehicles().stream().filter(v -> vehicle.test(v.id())).toList(),
                f.fixes().stream().filter(x -> vehicle.test(x.vehicleId())).toList(),
                f.orders().stream().filter(o -> vehicle.test(o.vehicleId())).toList());
    }

    @Test
    void aTripIsNeverBothCoveredAndWithoutOrder() {
        QtCheck.forAll(EXAMPLES, FLEETS, SIZE, Fleet::toString, f -> {
            for (Vehicle v : f.vehicles()) {
                List<DispatchOrder> own = f.orders().stream().filter(o -> o.vehicleId().equals(v.id())).toList();
                FixColumns fixes = FixColumns.of(v.id(), f.fixes().stream().filter(x -> x.vehicleId().equals(v.id())).toList());
                VehicleResult r = RECONCILER.reconcileVehicle(v, own, fixes, f.period());
                Set<Instant> without = r.findings().stream().filter(x -> x.type() == FindingType.TRIP_WITHOUT_ORDER)
                        .map(Finding::start).collect(Collectors.toSet());
                for (Trip trip : r.analysis().trips()) {
                    boolean covered = own.stream().filter(o -> !o.isCancelled())
                            .map(o -> OrderWindow.of(o, ReconcilePolicy.defaults().orderTolerance()))
                            .anyMatch(w -> trip.overlaps(w.expandedStart(), w.expandedEnd()));
                    if (covered) {
                        assertTrue(!without.contains(trip.start()), "covered trip reported without order: " + trip);
                    } else if (f.period().contains(trip.start(), ChinaTime.ZONE)) {
                        assertTrue(without.contains(trip.start()), "uncovered trip not reported: " + trip);
                    }
                }
            }
        });
    }
}
