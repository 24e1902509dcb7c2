package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.track.Script;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import io.github.jiguan.core.calendar.DayKind;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import static io.github.jiguan.core.reconcile.FindingType.IDLE_VEHICLE;
import static io.github.jiguan.core.reconcile.FindingType.NOT_PARKED_AT_BASE;
import static io.github.jiguan.core.reconcile.FindingType.OFF_HOURS_USE;
import static io.github.jiguan.core.reconcile.FindingType.TERMINAL_OFFLINE;
import static io.github.jiguan.core.reconcile.FindingType.TRIP_WITHOUT_ORDER;
import static io.github.jiguan.core.reconcile.Scenarios.HALF_HOUR;
import static io.github.jiguan.core.reconcile.Scenarios.S30;
import static io.github.jiguan.core.reconcile.Scenarios.day;
import static io.github.jiguan.core.reconcile.Scenarios.order;
import static io.github.jiguan.core.reconcile.Scenarios.outing;
import static io.github.jiguan.core.reconcile.Scenarios.parkUntilMidnight;
import static io.github.jiguan.core.reconcile.Scenarios.parkedUntil;
import static io.github.jiguan.core.reconcile.Scenarios.run;
import static io.github.jiguan.core.reconcile.Scenarios.types;
import static io.github.jiguan.core.track.Script.BASE;
import static io.github.jiguan.core.track.Script.offset;
import static io.github.jiguan.core.track.Script.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Off hours, parking, idle vehicles and offline terminals, each near its threshold. */
class VehicleRulesTest {

    private static List<FindingType> only(ReconcileResult r, FindingType type) {
        return types(r).stream().filter(x -> x == type).toList();
    }

    @Test
    void useDuringTheSpringFestivalHolidayIsOffHours() {
        String d = "2025-01-29";
        ReconcileResult r = day(d, outing(d), order("O1", d, "08:50", "11:20").build());
        assertEquals(List.of(OFF_HOURS_USE, OFF_HOURS_USE), types(r));
        assertEquals(Optional.of("O1"), r.findings().get(0).orderId());
        OffHoursUse e = r.findings().get(0).evidence(OffHoursUse.class);
        assertEquals(1, e.parts().size());
        assertEquals(OffHoursUse.Reason.REST_DAY, e.parts().get(0).reason());
        assertEquals(DayKind.HOLIDAY, e.parts().get(0).day());
        assertEquals(LocalDate.of(2025, 1, 29), e.parts().get(0).date());
        assertTrue(e.orderApproval());
    }

    @Test
    void approvedHolidayUseIsNotReported() {
        String d = "2025-01-29";
        ReconcileResult r = day(d, outing(d), order("O1", d, "08:50", "11:20").offHoursApproved(true).build());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void useOnASundayMadeAWorkingDayIsNotOffHours() {
        String d = "2025-01-26";
        assertEquals(List.of(), day(d, outing(d), order("O1", d, "08:50", "11:20").build()).findings());
    }

    @Test
    void useOnAnOrdinarySundayIsOffHours() {
        String d = "2025-01-12";
        assertEquals(List.of(OFF_HOURS_USE, OFF_HOURS_USE),
                types(day(d, outing(d), order("O1", d, "08:50", "11:20").build())));
    }

    @Test
    void aTripEndingAtTwentyTwoHundredIsNotAtNight() {
        String d = "2025-01-06";
        Script s = Script.vehicle("V1", BASE, d + "T00:00");
        s.park(Duration.between(s.now(), t(d + "T21:55")), HALF_HOUR).drive(offset(BASE, 0, 3000), 36, S30);
        parkUntilMidnight(s, d); // trip 21:55:30-22:00:00
        ReconcileResult r = day(d, s, order("O1", d, "21:30", "22:30").build());
        assertEquals(List.of(), only(r, OFF_HOURS_USE));
    }

    @Test
    void aTripEndingThirtySecondsAfterTwentyTwoHundredIsAtNight() {
        String d = "2025-01-06";
        Script s = Script.vehicle("V1", BASE, d + "T00:00");
        s.park(Duration.between(s.now(), t(d + "T21:55:30")), HALF_HOUR).drive(offset(BASE, 0, 3000), 36, S30);
        parkUntilMidnight(s, d); // trip 21:56:00-22:00:30
        ReconcileResult r = day(d, s, order("O1", d, "21:30", "22:30").build());
        assertEquals(List.of(OFF_HOURS_USE), only(r, OFF_HOURS_USE));
        OffHoursUse e = r.findings(OFF_HOURS_USE).get(0).evidence(OffHoursUse.class);
        assertEquals(OffHoursUse.Reason.NIGHT, e.parts().get(0).reason());
        assertEquals(t(d + "T22:00"), e.parts().get(0).span().start());
        assertEquals(t(d + "T22:00:30"), e.parts().get(0).span().end());
        assertEquals(java.time.LocalTime.of(22, 0), e.nightStart());
    }

    /** Parked at {@code place} from Sunday 20:00 until Monday 08:00, then back to the base on an order. */
    private static ReconcileResult nightAt(GeoPoint place, DispatchOrder... extra) {
        Script s = Script.vehicle("V1", place, "2025-01-05T20:00");
        s.park(Duration.ofHours(12), HALF_HOUR).drive(BASE, 36, S30);
        parkUntilMidnight(s, "2025-01-06");
        DispatchOrder back = order("O1", "2025-01-06", "07:50", "09:00").build();
        DispatchOrder[] orders = new DispatchOrder[extra.length + 1];
        orders[0] = back;
        System.arraycopy(extra, 0, orders, 1, extra.length);
        return run("2025-01-06", "2025-01-07", s.fixes(), orders);
    }

    @Test
    void parkedOvernight990MetresFromTheBaseIsParkedAtBase() {
        assertEquals(List.of(), nightAt(offset(BASE, 0, 990)).findings());
    }

    @Test
    void parkedOvernight1010MetresFromTheBaseIsNotParkedAtBase() {
        ReconcileResult r = nightAt(offset(BASE, 0, 1010));
        assertEquals(List.of(NOT_PARKED_AT_BASE), types(r));
        Finding f = r.findings().get(0);
        assertEquals(t("2025-01-05T20:00"), f.start());
        assertEquals(t("2025-01-06T08:00:30"), f.end());
        NotParkedAtBase e = f.evidence(NotParkedAtBase.class);
        assertEquals(List.of(LocalDate.of(2025, 1, 6)), e.nights());
        assertEquals(1010, e.distanceMetres(), 0.5);
        assertEquals(1000, e.radiusMetres());
        assertEquals(NotParkedAtBase.Stay.STOP, e.stay());
    }

    @Test
    void anOrderWindowCoveringTheNightCheckExcusesIt() {
        DispatchOrder overnight = DispatchOrder.builder("O0", "V1", t("2025-01-05T12:00"), t("2025-01-05T19:00"),
                t("2025-01-06T03:00")).build();
        assertEquals(List.of(), nightAt(offset(BASE, 0, 5000), overnight).findings());
    }

    @Test
    void aMultiDayOrderCoversItsTripsAndTheNightAway() {
        String d = "2025-01-06";
        GeoPoint town = offset(BASE, 12_000, 15_000);
        Script s = parkedUntil(d, "09:00").drive(town, 60, S30);
        s.park(Duration.between(s.now(), t("2025-01-07T15:00")), HALF_HOUR).drive(BASE, 60, S30);
        parkUntilMidnight(s, "2025-01-07");
        DispatchOrder trip = DispatchOrder.builder("O1", "V1", t("2025-01-03T10:00"), t(d + "T08:30"),
                t("2025-01-07T16:00")).build();
        ReconcileResult covered = run(d, "2025-01-08", s.fixes(), trip);
        assertEquals(List.of(), covered.findings());
        ReconcileResult bare = run(d, "2025-01-08", s.fixes());
        assertEquals(List.of(TRIP_WITHOUT_ORDER, NOT_PARKED_AT_BASE, TRIP_WITHOUT_ORDER), types(bare));
    }

    /** Parked at the base for {@code days} days from 2025-02-10, online on the days {@code online} accepts. */
    private static ReconcileResult idle(int days, IntPredicate online) {
        Script s = Script.vehicle("V1", BASE, "2025-02-10T00:00");
        for (int d = 0; d < days; d++) {
            if (online.test(d)) {
                s.park(Duration.ofDays(1), HALF_HOUR);
            } else {
                s.silence(Duration.ofDays(1));
            }
        }
        LocalDate from = LocalDate.of(2025, 2, 10);
        return run(from.toString(), from.plusDays(days).toString(), s.fixes());
    }

    @Test
    void thirtyDaysWithoutATripWhileOnlineIsAnIdleVehicle() {
        ReconcileResult r = idle(30, d -> true);
        assertEquals(List.of(IDLE_VEHICLE), types(r));
        assertEquals(t("2025-02-10T00:00"), r.findings().get(0).start());
        assertEquals(t("2025-03-12T00:00"), r.findings().get(0).end());
        assertEquals(30, r.findings().get(0).evidence(IdleVehicle.class).daysWithoutTrip());
        assertEquals(LocalDate.of(2025, 3, 11), r.findings().get(0).evidence(IdleVehicle.class).lastDay());
    }

    @Test
    void twentyNineDaysWithoutATripIsNot() {
        assertEquals(List.of(), idle(29, d -> true).findings());
    }

    @Test
    void idleDaysCountWhenTheTerminalWasOnlineOnHalfOfThem() {
        ReconcileResult r = idle(30, d -> d < 15);
        assertEquals(List.of(IDLE_VEHICLE), only(r, IDLE_VEHICLE));
        assertEquals(15, r.findings(IDLE_VEHICLE).get(0).evidence(IdleVehicle.class).daysOnline());
    }

    @Test
    void idleDaysDoNotCountWhenTheTerminalWasOnlineOnFewerThanHalf() {
        ReconcileResult r = idle(30, d -> d < 14);
        assertEquals(List.of(), only(r, IDLE_VEHICLE));
        assertEquals(List.of(TERMINAL_OFFLINE), only(r, TERMINAL_OFFLINE));
        assertEquals(16, r.vehicles().get(0).offlineDays());
    }

    @Test
    void consecutiveDaysWithoutAFixAreOneOfflineFindingAndCountInTheOfflineRate() {
        String d = "2025-01-06";
        Script s = outing(d);
        s.silence(Duration.ofDays(2));
        s.park(Duration.ofDays(1), HALF_HOUR);
        ReconcileResult r = run(d, "2025-01-10", s.fixes(), order("O1", d, "08:50", "11:20").build());
        assertEquals(List.of(TERMINAL_OFFLINE), types(r));
        Finding f = r.findings().get(0);
        assertEquals(t("2025-01-07T00:00"), f.start());
        assertEquals(t("2025-01-09T00:00"), f.end());
        assertEquals(new TerminalOffline(LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 8), 2),
                f.evidence(TerminalOffline.class));
        assertEquals(0.5, r.offlineRate(), 1e-12);
        assertEquals(4, r.total().vehicleDays());
    }

    @Test
    void aDayWithOnlyInvalidFixesIsOnline() {
        String d = "2025-01-06";
        Script s = Script.vehicle("V1", BASE, d + "T00:00").park(Duration.ofDays(1), HALF_HOUR);
        s.silence(Duration.ofHours(12)).reportAt(0, 0, false);
        s.silence(Duration.ofHours(12)).park(Duration.ofDays(1), HALF_HOUR);
        ReconcileResult r = run(d, "2025-01-09", s.fixes());
        assertEquals(List.of(), r.findings());
        assertEquals(0.0, r.offlineRate());
    }
}
