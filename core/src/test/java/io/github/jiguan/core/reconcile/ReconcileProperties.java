package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.Trip;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants of the reconciliation over random plausible fleets. */
class ReconcileProperties {

    private static final Reconciler RECONCILER = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults());

    private static ReconcileResult batch(Plans.Fleet f) {
        return RECONCILER.reconcile(f.vehicles(), f.orders(), f.fixes(), Plans.PERIOD);
    }

    @Property(tries = 40)
    void findingsDoNotDependOnTheOrderOfInputRows(@ForAll("fleets") List<Plans.VehiclePlan> plans,
                                                  @ForAll long seed) {
        Plans.Fleet f = Plans.build(plans);
        List<Fix> fixes = new ArrayList<>(f.fixes());
        List<DispatchOrder> orders = new ArrayList<>(f.orders());
        List<Vehicle> vehicles = new ArrayList<>(f.vehicles());
        Random r = new Random(seed);
        Collections.shuffle(fixes, r);
        Collections.shuffle(orders, r);
        Collections.shuffle(vehicles, r);
        ReconcileResult a = batch(f);
        ReconcileResult b = batch(new Plans.Fleet(vehicles, fixes, orders));
        assertEquals(a.findings(), b.findings());
        assertEquals(a.vehicles(), b.vehicles());
    }

    @Property(tries = 40)
    void streamingInAnyArrivalOrderEqualsBatch(@ForAll("fleets") List<Plans.VehiclePlan> plans, @ForAll long seed,
                                               @ForAll @IntRange(min = 0, max = 12) int latenessHours) {
        Plans.Fleet f = Plans.build(plans);
        Random r = new Random(seed);
        long lateness = Duration.ofHours(latenessHours).toMillis();
        record Arrival(long at, Object item) {
        }
        List<Arrival> arrivals = new ArrayList<>();
        long blindStart = Plans.START.toEpochMilli() + r.nextInt(72) * 3_600_000L;
        for (Fix x : f.fixes()) {
            long t = x.time().toEpochMilli();
            boolean blind = t >= blindStart && t < blindStart + lateness / 2; // a blind area re-uploaded at once
            long delay = blind ? blindStart + lateness / 2 - t : (long) (r.nextDouble() * lateness);
            arrivals.add(new Arrival(t + Math.min(delay, lateness), x));
        }
        for (DispatchOrder o : f.orders()) {
            long es = o.windowStart().minus(ReconcilePolicy.defaults().orderTolerance()).toEpochMilli();
            arrivals.add(new Arrival(es + (long) (r.nextDouble() * lateness), o));
        }
        arrivals.sort(Comparator.comparingLong(Arrival::at));
        List<Finding> emitted = new ArrayList<>();
        StreamingReconciler s = StreamingReconciler.builder(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults(),
                        Plans.PERIOD, f.vehicles())
                .allowedLateness(Duration.ofMillis(lateness)).evaluateEvery(Duration.ofMinutes(20))
                .onFinding(emitted::add).build();
        for (Arrival a : arrivals) {
            boolean onTime = a.item() instanceof Fix x ? s.accept(x) : s.accept((DispatchOrder) a.item());
            assertTrue(onTime, "nothing arrives later than the allowed lateness: " + a);
        }
        ReconcileResult streamed = s.flush();
        ReconcileResult whole = batch(f);
        assertEquals(whole.findings(), streamed.findings());
        assertEquals(whole.vehicles(), streamed.vehicles());
        assertEquals(whole.findings().size(), emitted.size(), "each finding is emitted once");
    }

    @Property(tries = 40)
    void splittingTheAuditByVehicleAndMergingEqualsTheWhole(@ForAll("fleets") List<Plans.VehiclePlan> plans,
                                                           @ForAll long seed) {
        Plans.Fleet f = Plans.build(plans);
        Random r = new Random(seed);
        Set<String> left = f.vehicles().stream().map(Vehicle::id).filter(id -> r.nextBoolean()).collect(Collectors.toSet());
        Plans.Fleet a = new Plans.Fleet(f.vehicles().stream().filter(v -> left.contains(v.id())).toList(),
                f.fixes().stream().filter(x -> left.contains(x.vehicleId())).toList(),
                f.orders().stream().filter(o -> left.contains(o.vehicleId())).toList());
        Plans.Fleet b = new Plans.Fleet(f.vehicles().stream().filter(v -> !left.contains(v.id())).toList(),
                f.fixes().stream().filter(x -> !left.contains(x.vehicleId())).toList(),
                f.orders().stream().filter(o -> !left.contains(o.vehicleId())).toList());
        ReconcileResult whole = batch(f);
        ReconcileResult merged = batch(a).merge(batch(b));
        assertEquals(whole.findings(), merged.findings());
        assertEquals(whole.vehicles(), merged.vehicles());
        assertEquals(whole.agencies(), merged.agencies());
        assertEquals(whole.offlineRate(), merged.offlineRate(), 1e-12);
    }

    @Property(tries = 40)
    void aTripIsNeverBothCoveredAndWithoutOrder(@ForAll("fleets") List<Plans.VehiclePlan> plans) {
        Plans.Fleet f = Plans.build(plans);
        for (Vehicle v : f.vehicles()) {
            List<DispatchOrder> own = f.orders().stream().filter(o -> o.vehicleId().equals(v.id())).toList();
            FixColumns fixes = FixColumns.of(v.id(), f.fixes().stream().filter(x -> x.vehicleId().equals(v.id())).toList());
            VehicleResult r = RECONCILER.reconcileVehicle(v, own, fixes, Plans.PERIOD);
            Set<Instant> without = r.findings().stream().filter(x -> x.type() == FindingType.TRIP_WITHOUT_ORDER)
                    .map(Finding::start).collect(Collectors.toSet());
            for (Trip trip : r.analysis().trips()) {
                boolean covered = own.stream().filter(o -> !o.isCancelled())
                        .map(o -> OrderWindow.of(o, ReconcilePolicy.defaults().orderTolerance()))
                        .anyMatch(w -> trip.overlaps(w.expandedStart(), w.expandedEnd()));
                if (covered) {
                    assertTrue(!without.contains(trip.start()), "covered trip reported without order: " + trip);
                } else if (Plans.PERIOD.contains(trip.start(), ChinaTime.ZONE)) {
                    assertTrue(without.contains(trip.start()), "uncovered trip not reported: " + trip);
                }
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<Plans.VehiclePlan>> fleets() {
        return Plans.fleets();
    }
}
