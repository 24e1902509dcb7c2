package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.DispatchChannel;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.OrderStatus;
import io.github.jiguan.core.track.Script;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static io.github.jiguan.core.reconcile.FindingType.CHECKIN_MISMATCH;
import static io.github.jiguan.core.reconcile.FindingType.CHECKOUT_MISMATCH;
import static io.github.jiguan.core.reconcile.FindingType.DISPATCH_AFTER_DEPARTURE;
import static io.github.jiguan.core.reconcile.FindingType.ORDER_UNVERIFIED_OFFLINE;
import static io.github.jiguan.core.reconcile.FindingType.ORDER_WINDOW_EXCEEDED;
import static io.github.jiguan.core.reconcile.FindingType.ORDER_WITHOUT_TRIP;
import static io.github.jiguan.core.reconcile.FindingType.PAPER_DISPATCH;
import static io.github.jiguan.core.reconcile.FindingType.TRIP_WITHOUT_ORDER;
import static io.github.jiguan.core.reconcile.Scenarios.HALF_HOUR;
import static io.github.jiguan.core.reconcile.Scenarios.day;
import static io.github.jiguan.core.reconcile.Scenarios.order;
import static io.github.jiguan.core.reconcile.Scenarios.outing;
import static io.github.jiguan.core.reconcile.Scenarios.parkUntilMidnight;
import static io.github.jiguan.core.reconcile.Scenarios.parkedUntil;
import static io.github.jiguan.core.reconcile.Scenarios.types;
import static io.github.jiguan.core.track.Script.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One case per rule, each near its threshold on both sides. Day: Monday 2025-01-06. */
class OrderRulesTest {

    private static final String D = "2025-01-06";

    @Test
    void anOutingInsideItsOrderWindowGivesNoFinding() {
        ReconcileResult r = day(D, outing(D), order("O1", D, "08:50", "11:20").build());
        assertEquals(List.of(), r.findings());
        assertEquals(2, r.vehicles().get(0).trips());
        assertEquals(1, r.vehicles().get(0).orders());
    }

    @Test
    void tripsWithNoOrderAreTripsWithoutOrder() {
        ReconcileResult r = day(D, outing(D));
        assertEquals(List.of(TRIP_WITHOUT_ORDER, TRIP_WITHOUT_ORDER), types(r));
        Finding f = r.findings().get(0);
        assertEquals(t(D + "T09:00:30"), f.start());
        assertEquals(t(D + "T09:05"), f.end());
        assertEquals(Optional.empty(), f.orderId());
        assertEquals("有轨迹无订单", f.rule().article());
        assertEquals(FindingType.RULES_DOCUMENT, f.rule().document());
        assertTrue(f.rule().figure().endsWith("T = 30 min"), f.rule().figure());
        TripWithoutOrder e = f.evidence(TripWithoutOrder.class);
        assertEquals(t(D + "T09:00:30"), e.trip().start());
        assertEquals(t(D + "T09:05"), e.trip().end());
        assertEquals(HALF_HOUR, e.tolerance());
    }

    @Test
    void aTripEndingOneMinuteBeforeTheExpandedWindowOverlapsNoOrder() {
        // expanded window starts at 09:06, one minute after the first trip's end
        ReconcileResult r = day(D, outing(D), order("O1", D, "09:36", "11:20").build());
        assertEquals(List.of(TRIP_WITHOUT_ORDER), types(r));
        assertEquals(t(D + "T09:00:30"), r.findings().get(0).start());
    }

    @Test
    void aTripEndingOneMinuteIntoTheExpandedWindowExceedsIt() {
        ReconcileResult r = day(D, outing(D), order("O1", D, "09:34", "11:20").build());
        assertEquals(List.of(ORDER_WINDOW_EXCEEDED), types(r));
        Finding f = r.findings().get(0);
        assertEquals(Optional.of("O1"), f.orderId());
        OrderWindowExceeded e = f.evidence(OrderWindowExceeded.class);
        assertEquals(Duration.ofSeconds(210), e.startedBeforeExpandedWindow());
        assertEquals(Duration.ZERO, e.endedAfterExpandedWindow());
        assertEquals(t(D + "T09:04"), e.expandedWindow().start());
    }

    @Test
    void aTripStartingThirtySecondsAfterTheExpandedStartIsInside() {
        ReconcileResult r = day(D, outing(D), order("O1", D, "09:30", "11:20").build());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void aTripStartingThirtySecondsBeforeTheExpandedStartExceedsIt() {
        ReconcileResult r = day(D, outing(D), order("O1", D, "09:31", "11:20").build());
        assertEquals(List.of(ORDER_WINDOW_EXCEEDED), types(r));
    }

    @Test
    void anOrderWhileTheVehicleStoodAndTheTerminalReportedHasNoTrip() {
        Script s = parkUntilMidnight(parkedUntil(D, "00:00"), D);
        ReconcileResult r = day(D, s, order("O1", D, "09:00", "11:00").build());
        assertEquals(List.of(ORDER_WITHOUT_TRIP), types(r));
        assertEquals(t(D + "T09:00"), r.findings().get(0).start());
        assertTrue(r.findings().get(0).evidence(OrderWithoutTrip.class).fixesInWindow());
    }

    @Test
    void anOrderWithNoFixInsideItsWindowCannotBeVerified() {
        Script s = parkedUntil(D, "08:40").report().silence(Duration.ofMinutes(140)); // reports 08:40, then 11:00:00.001
        s.silence(Duration.ofMillis(1));
        parkUntilMidnight(s, D);
        ReconcileResult r = day(D, s, order("O1", D, "09:00", "11:00").build());
        assertEquals(List.of(ORDER_UNVERIFIED_OFFLINE), types(r));
        assertFalse(r.findings().get(0).evidence(OrderWithoutTrip.class).fixesInWindow());
    }

    @Test
    void aFixAtTheWindowsLastInstantShowsTheTerminalOnline() {
        Script s = parkedUntil(D, "08:40").report().silence(Duration.ofMinutes(140));
        parkUntilMidnight(s, D);
        ReconcileResult r = day(D, s, order("O1", D, "09:00", "11:00").build());
        assertEquals(List.of(ORDER_WITHOUT_TRIP), types(r));
    }

    @Test
    void anOrderWhoseExpandedWindowReachesATripIsNotWithoutTrip() {
        // window 11:39-12:00, expanded from 11:09: overlaps the return trip (ends 11:10); the trips
        // are associated with the order covering them, so this one has no associated trip
        ReconcileResult r = day(D, outing(D), order("O1", D, "08:50", "11:20").build(),
                order("O2", D, "11:39", "12:00").build());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void createdNineMinutesAfterDepartureIsWithinGrace() {
        ReconcileResult r = day(D, outing(D), Scenarios.createdAt(order("O1", D, "08:50", "11:20").build(), t(D + "T09:10:29")));
        assertEquals(List.of(), r.findings());
    }

    @Test
    void createdElevenMinutesAfterDepartureIsDispatchAfterDeparture() {
        ReconcileResult r = day(D, outing(D),
                Scenarios.createdAt(order("O1", D, "08:50", "11:20").build(), t(D + "T09:10:31")));
        assertEquals(List.of(DISPATCH_AFTER_DEPARTURE), types(r));
        Finding f = r.findings().get(0);
        assertEquals(Optional.of("O1"), f.orderId());
        DispatchAfterDeparture e = f.evidence(DispatchAfterDeparture.class);
        assertEquals(Duration.ofSeconds(601), e.createdAfterDeparture());
        assertEquals(Duration.ofMinutes(10), e.grace());
    }

    @Test
    void checkoutWithinThirtyMinutesOfTheFirstTripMatches() {
        ReconcileResult r = day(D, outing(D), order("O1", D, "08:50", "11:20")
                .checked(t(D + "T08:30:31"), null).build());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void checkoutMoreThanThirtyMinutesFromTheFirstTripIsAMismatch() {
        ReconcileResult r = day(D, outing(D), order("O1", D, "08:50", "11:20")
                .checked(t(D + "T08:30:29"), null).build());
        assertEquals(List.of(CHECKOUT_MISMATCH), types(r));
        RecordedTimeMismatch e = r.findings().get(0).evidence(RecordedTimeMismatch.class);
        assertEquals(Duration.ofSeconds(30 * 60 + 1), e.difference());
        assertEquals(t(D + "T08:30:29"), e.recordedAt());
        assertEquals(t(D + "T09:00:30"), e.trackAt());
    }

    @Test
    void checkinWithinThirtyMinutesOfTheLastTripMatches() {
        ReconcileResult r = day(D, outing(D), order("O1", D, "08:50", "11:20")
                .checked(null, t(D + "T11:39:59")).build());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void checkinMoreThanThirtyMinutesFromTheLastTripIsAMismatch() {
        ReconcileResult r = day(D, outing(D), order("O1", D, "08:50", "11:20")
                .checked(null, t(D + "T11:40:01")).build());
        assertEquals(List.of(CHECKIN_MISMATCH), types(r));
        assertEquals(t(D + "T11:10"), r.findings().get(0).start());
        assertEquals(t(D + "T11:40:01"), r.findings().get(0).end());
    }

    @Test
    void aPaperOrderIsReportedAndAnOnlineOneIsNot() {
        ReconcileResult paper = day(D, outing(D), order("O1", D, "08:50", "11:20")
                .channel(DispatchChannel.PAPER).build());
        assertEquals(List.of(PAPER_DISPATCH), types(paper));
        assertEquals(t(D + "T08:50"), paper.findings().get(0).evidence(PaperDispatch.class).window().start());
        ReconcileResult online = day(D, outing(D), order("O1", D, "08:50", "11:20").build());
        assertEquals(List.of(), types(online));
    }

    @Test
    void aCancelledOrderIsIgnored() {
        ReconcileResult r = day(D, outing(D), order("O1", D, "08:50", "11:20").status(OrderStatus.CANCELLED).build(),
                order("O2", D, "14:00", "16:00").status(OrderStatus.CANCELLED).build());
        assertEquals(List.of(TRIP_WITHOUT_ORDER, TRIP_WITHOUT_ORDER), types(r));
        assertEquals(0, r.vehicles().get(0).orders());
        assertEquals(2, r.vehicles().get(0).cancelledOrders());
    }

    @Test
    void aTripIsAssociatedWithTheOrderItOverlapsMost() {
        // trip 1 (09:00:30-09:05) overlaps O2's expanded window [07:30, 09:02] for 1.5 min and O1's
        // [08:30, 11:50] for 4.5 min: it belongs to O1, whose late creation then shows
        ReconcileResult r = day(D, outing(D),
                Scenarios.createdAt(order("O1", D, "09:00", "11:20").build(), t(D + "T09:20")),
                order("O2", D, "08:00", "08:32").build());
        assertEquals(List.of(DISPATCH_AFTER_DEPARTURE), types(r));
        assertEquals(Optional.of("O1"), r.findings().get(0).orderId());
    }

    @Test
    void unknownVehiclesAreCountedNotReconciled() {
        var fix = io.github.jiguan.core.track.Fix.at("V9", t(D + "T08:00"), 38, 114);
        ReconcileResult r = Scenarios.RECONCILER.reconcile(List.of(Scenarios.CAR),
                List.of(DispatchOrder.builder("O9", "V9", t(D + "T07:00"), t(D + "T08:00"), t(D + "T09:00")).build()),
                List.of(fix), AuditPeriod.of(java.time.LocalDate.parse(D), java.time.LocalDate.parse("2025-01-07")));
        assertEquals(List.of("O9"), r.unknownVehicleOrders());
        assertEquals(1L, r.unknownVehicleFixes().get("V9"));
    }

    @Test
    void halfHourIsTheDefaultTolerance() {
        assertEquals(HALF_HOUR, ReconcilePolicy.defaults().orderTolerance());
    }
}
