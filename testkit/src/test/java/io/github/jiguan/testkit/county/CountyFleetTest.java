package io.github.jiguan.testkit.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.ReconcileResult;
import io.github.jiguan.core.reconcile.Reconciler;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.reconcile.StreamingReconciler;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.FleetFixes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import io.github.jiguan.core.finding.Language;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A county fleet of 30 vehicles over the nine weeks around the 2025 Spring Festival, with
 * violations injected among ordinary use and noise: every injected violation is found, and nothing
 * else is.
 */
class CountyFleetTest {

    private static SampleFleet sample;
    private static ReconcileResult result;
    private static final Duration SLACK = Duration.ofMinutes(2);

    @BeforeAll
    static void reconcile() {
        FleetFixes fixes = new FleetFixes();
        sample = CountyFleetGenerator.builder().build().generate((id, t, lat, lon, speed, heading, acc, valid, received) ->
                fixes.vehicle(id).add(t, lat, lon, speed, heading, acc, valid, received));
        result = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults())
                .reconcile(sample.vehicles(), sample.orders(), fixes, sample.period());
    }

    private static boolean matches(Injected i, Finding f) {
        return i.type() == f.type() && f.vehicleId().equals(Optional.of(i.vehicleId()))
                && i.orderId().equals(f.orderId().orElse(""))
                && Duration.between(i.start(), f.start()).abs().compareTo(SLACK) <= 0
                && Duration.between(i.end(), f.end()).abs().compareTo(SLACK) <= 0;
    }

    @Test
    void theSampleIsACountyFleetAroundTheSpringFestival() {
        assertEquals(30, sample.vehicles().size());
        assertEquals(63, sample.period().days());
        assertTrue(sample.fixes() > 100_000, "fixes: " + sample.fixes());
        Set<FindingType> injectedTypes = EnumSet.noneOf(FindingType.class);
        sample.injected().forEach(i -> injectedTypes.add(i.type()));
        assertEquals(EnumSet.allOf(FindingType.class), injectedTypes, "every finding type is injected");
    }

    @Test
    void everyInjectedViolationIsFound() {
        List<Injected> missed = new ArrayList<>();
        for (Injected i : sample.injected()) {
            if (result.findings().stream().noneMatch(f -> matches(i, f))) {
                missed.add(i);
            }
        }
        assertEquals(List.of(), missed, () -> "missed; findings of those vehicles: " + result.findings().stream()
                .filter(f -> missed.stream().anyMatch(m -> f.vehicleId().equals(Optional.of(m.vehicleId()))))
                .map(f -> f.type() + " " + f.vehicleId() + " " + f.orderId() + " " + f.start() + "/" + f.end()).toList());
    }

    @Test
    void nothingElseIsFound() {
        List<String> extra = result.findings().stream()
                .filter(f -> sample.injected().stream().noneMatch(i -> matches(i, f)))
                .map(f -> f.type() + " " + f.vehicleId() + " " + f.orderId() + " " + f.start() + "/" + f.end() + " "
                        + f.sentence(Language.ZH))
                .toList();
        assertEquals(List.of(), extra);
        assertEquals(sample.injected().size(), result.findings().size());
    }

    @Test
    void streamingInArrivalOrderGivesTheSameResult() {
        record Arrival(long at, Object item) {
        }
        List<Arrival> arrivals = new ArrayList<>();
        CountyFleetGenerator.builder().build().generate((id, t, lat, lon, speed, heading, acc, valid, received) ->
                arrivals.add(new Arrival(received == FixColumns.NO_TIME ? t : received, new Fix(id,
                        java.time.Instant.ofEpochMilli(t), lat, lon, speed, heading, acc, valid,
                        received == FixColumns.NO_TIME ? null : java.time.Instant.ofEpochMilli(received)))));
        sample.orders().forEach(o -> arrivals.add(new Arrival(o.createdAt().toEpochMilli(), o)));
        arrivals.sort(java.util.Comparator.comparingLong(Arrival::at));
        List<Finding> emitted = new ArrayList<>();
        StreamingReconciler s = StreamingReconciler.builder(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults(),
                sample.period(), sample.vehicles()).allowedLateness(Duration.ofHours(4)).evaluateEvery(Duration.ofHours(6)).onFinding(emitted::add)
                .build();
        for (Arrival a : arrivals) {
            assertTrue(a.item() instanceof Fix f ? s.accept(f) : s.accept((DispatchOrder) a.item()), () -> "late: " + a);
        }
        assertTrue(emitted.size() > result.findings().size() / 2, "most findings come before the end of the stream");
        ReconcileResult streamed = s.flush();
        assertEquals(result.findings(), streamed.findings());
        assertEquals(result.vehicles(), streamed.vehicles());
    }

    /**
     * The promise, exactly: in the generator's own emission order and with the default lateness,
     * the stream's result equals the batch over the rows that were on time, and every row that was
     * not is reported as late, none used and none lost.
     */
    @Test
    void inTheGeneratorsEmissionOrderTheResultIsTheBatchOfTheRowsOnTime() {
        List<Fix> fixes = new ArrayList<>();
        CountyFleetGenerator.builder().build().generate((id, t, lat, lon, speed, heading, acc, valid, received) ->
                fixes.add(new Fix(id, java.time.Instant.ofEpochMilli(t), lat, lon, speed, heading, acc, valid,
                        received == FixColumns.NO_TIME ? null : java.time.Instant.ofEpochMilli(received))));
        List<Object> late = new ArrayList<>();
        StreamingReconciler s = StreamingReconciler.builder(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults(),
                sample.period(), sample.vehicles()).onLate(d -> late.add(d.fix() != null ? d.fix() : d.order())).build();
        List<Fix> onTimeFixes = new ArrayList<>();
        List<DispatchOrder> onTimeOrders = new ArrayList<>();
        for (Fix f : fixes) {
            if (s.accept(f)) {
                onTimeFixes.add(f);
            }
        }
        for (DispatchOrder o : sample.orders()) {
            if (s.accept(o)) {
                onTimeOrders.add(o);
            }
        }
        assertEquals(fixes.size() + sample.orders().size(), onTimeFixes.size() + onTimeOrders.size() + late.size(),
                "every row is accounted for");
        assertEquals(late.size(), s.lateCount());
        ReconcileResult streamed = s.flush();
        ReconcileResult onTime = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults())
                .reconcile(sample.vehicles(), onTimeOrders, onTimeFixes, sample.period());
        assertEquals(onTime.findings(), streamed.findings());
        assertEquals(onTime.vehicles(), streamed.vehicles());
    }

    @Test
    void theOfflineRateCountsTheDeadTerminals() {
        int offline = sample.injected().stream().filter(i -> i.type() == FindingType.TERMINAL_OFFLINE)
                .mapToInt(i -> (int) Duration.between(i.start(), i.end()).toDays()).sum();
        assertEquals(offline, result.total().offlineDays());
        assertEquals((double) offline / (30 * 63), result.offlineRate(), 1e-12);
    }
}
