package io.github.jiguan.core.track;

import static io.github.jiguan.core.track.Script.BASE;
import static io.github.jiguan.core.track.Script.offset;
import static io.github.jiguan.core.track.Script.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrackDetectionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration S30 = Duration.ofSeconds(30);
    private static final Duration S10 = Duration.ofSeconds(10);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private static TrackAnalysis analyse(Script s) {
        return analyse(s, TrackPolicy.defaults());
    }

    private static TrackAnalysis analyse(Script s, TrackPolicy policy) {
        return TripDetector.of(policy, ZONE).analyse(s.columns());
    }

    /** Parked at the base from 07:00 (reports 07:00, 07:30), leaves at 08:00. */
    private static Script parkedAtBase() {
        return Script.vehicle("V1", BASE, "2025-01-06T07:00").park(HOUR, HALF_HOUR);
    }

    @Test
    void aTripStartsAtTheFirstFixOutsideTheStopAndEndsAtTheFirstFixOfTheNext() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 3000), 36, S30).park(HOUR, HALF_HOUR);
        TrackAnalysis a = analyse(s);
        assertEquals(1, a.trips().size(), a.trips().toString());
        Trip trip = a.trips().get(0);
        assertEquals(t("2025-01-06T08:00:30"), trip.start());
        assertEquals(t("2025-01-06T08:05:00"), trip.end());
        assertEquals(3000, trip.distanceMetres(), 3);
        assertEquals(Trip.Ending.STOP, trip.ending());
        assertEquals(2, a.stops().size());
        assertEquals(t("2025-01-06T07:00"), a.stops().get(0).start());
        assertEquals(t("2025-01-06T08:00:30"), a.stops().get(0).left());
        assertEquals(t("2025-01-06T08:05"), a.stops().get(1).start());
        assertEquals(BASE.latitude(), trip.from().latitude(), 1e-9);
    }

    @Test
    void aHaltJustShorterThanTheMinimumStopDoesNotSplitTheTrip() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 1500), 36, S30)
                .park(Duration.ofSeconds(300), S10) // reports from arrival to +290 s
                .drive(offset(BASE, 0, 3000), 36, S30).park(HOUR, HALF_HOUR);
        assertEquals(1, analyse(s).trips().size());
    }

    @Test
    void aHaltJustLongerThanTheMinimumStopSplitsTheTrip() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 1500), 36, S30)
                .park(Duration.ofSeconds(320), S10) // reports from arrival to +310 s
                .drive(offset(BASE, 0, 3000), 36, S30).park(HOUR, HALF_HOUR);
        assertEquals(2, analyse(s).trips().size());
    }

    @Test
    void positionsWithin200MetresOfTheAnchorAreStationary() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 3000), 36, S30);
        // Wandering 190 m around the arrival point for ten minutes is one stop.
        for (int k = 0; k < 10; k++) {
            s.silence(Duration.ofMinutes(1)).reportAt(offset(BASE, k % 2 == 0 ? 190 : -190, 3000).latitude(),
                    offset(BASE, 0, 3000).longitude(), true);
        }
        s.drive(offset(BASE, 0, 6000), 36, S30).park(HOUR, HALF_HOUR);
        assertEquals(2, analyse(s).trips().size());
    }

    @Test
    void positionsJustBeyond200MetresFromTheAnchorAreMovement() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 3000), 36, S30);
        for (int k = 0; k < 10; k++) {
            s.silence(Duration.ofMinutes(1)).reportAt(offset(BASE, k % 2 == 0 ? 210 : -210, 3000).latitude(),
                    offset(BASE, 0, 3000).longitude(), true);
        }
        s.drive(offset(BASE, 0, 6000), 36, S30).park(HOUR, HALF_HOUR);
        assertEquals(1, analyse(s).trips().size());
    }

    @Test
    void aTripOfJustUnder500MetresIsNotKept() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 490), 30, Duration.ofSeconds(31)).park(HOUR, HALF_HOUR);
        assertEquals(List.of(), analyse(s).trips());
    }

    @Test
    void aTripOfJustOver500MetresIsKept() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 510), 30, Duration.ofSeconds(31)).park(HOUR, HALF_HOUR);
        List<Trip> trips = analyse(s).trips();
        assertEquals(1, trips.size());
        assertEquals(510, trips.get(0).distanceMetres(), 1);
    }

    @Test
    void aGapOfJustUnderAnHourWhileMovingDoesNotEndTheTrip() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 1500), 36, S30)
                .silence(Duration.ofSeconds(3560)) // next fix 3,590 s after the last
                .drive(offset(BASE, 0, 3000), 36, S30).park(HOUR, HALF_HOUR);
        TrackAnalysis a = analyse(s);
        assertEquals(1, a.trips().size());
        assertEquals(List.of(), a.gaps());
    }

    @Test
    void aGapOfJustOverAnHourEndsTheTripBeforeIt() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 1500), 36, S30);
        var lastBeforeGap = s.now();
        s.silence(Duration.ofSeconds(3580)) // next fix 3,610 s after the last
                .drive(offset(BASE, 0, 3000), 36, S30).park(HOUR, HALF_HOUR);
        TrackAnalysis a = analyse(s);
        assertEquals(2, a.trips().size(), a.trips().toString());
        assertEquals(lastBeforeGap, a.trips().get(0).end());
        assertEquals(Trip.Ending.GAP, a.trips().get(0).ending());
        assertEquals(lastBeforeGap.plusSeconds(3610), a.trips().get(1).start());
        assertEquals(1, a.gaps().size());
        assertEquals(Duration.ofSeconds(3610), a.gaps().get(0).duration());
    }

    @Test
    void aTunnelOfTenMinutesWithoutPositionsKeepsOneTrip() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 3000), 36, S30);
        s.silence(Duration.ofMinutes(10));
        s.drive(offset(BASE, 0, 9000), 36, S30).park(HOUR, HALF_HOUR);
        List<Trip> trips = analyse(s).trips();
        assertEquals(1, trips.size());
        assertEquals(9000, trips.get(0).distanceMetres(), 5);
    }

    @Test
    void aGlitchTensOfKilometresAwayIsDroppedAndDoesNotSplitOrLengthenTheTrip() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 1500), 36, S30);
        s.silence(Duration.ofSeconds(15));
        var far = offset(BASE, 30_000, 20_000);
        s.reportAt(far.latitude(), far.longitude(), true);
        s.silence(Duration.ofSeconds(-15));
        s.drive(offset(BASE, 0, 3000), 36, S30).park(HOUR, HALF_HOUR);
        TrackAnalysis a = analyse(s);
        assertEquals(1, a.track().glitches());
        assertEquals(1, a.trips().size());
        assertEquals(3000, a.trips().get(0).distanceMetres(), 3);
    }

    @Test
    void impliedSpeedJustOver250KmhIsAGlitchAndJustUnderIsNot() {
        TrackCleaner cleaner = TrackCleaner.of(TrackPolicy.defaults());
        var b = offset(BASE, 0, 1000);
        // 1,000 m in 14.2 s is 253.5 km/h; in 14.6 s, 246.6 km/h.
        FixColumns fast = FixColumns.of("V1", List.of(Fix.at("V1", t("2025-01-06T08:00"), BASE.latitude(), BASE.longitude()),
                Fix.at("V1", t("2025-01-06T08:00").plusMillis(14_200), b.latitude(), b.longitude())));
        FixColumns slow = FixColumns.of("V1", List.of(Fix.at("V1", t("2025-01-06T08:00"), BASE.latitude(), BASE.longitude()),
                Fix.at("V1", t("2025-01-06T08:00").plusMillis(14_600), b.latitude(), b.longitude())));
        assertEquals(1, cleaner.clean(fast).glitches());
        assertEquals(0, cleaner.clean(slow).glitches());
        assertEquals(2, cleaner.clean(fast).fixCount(), "a glitch still shows the terminal online");
    }

    @Test
    void invalidAndZeroFixesAreNotPositionsButShowTheTerminalOnline() {
        Script s = Script.vehicle("V1", BASE, "2025-01-06T07:00").report();
        s.silence(HOUR).reportAt(0, 0, true);
        s.silence(HOUR).reportAt(BASE.latitude(), BASE.longitude(), false);
        s.silence(HOUR).reportAt(95, 114, true);
        s.silence(Duration.ofDays(1)).reportAt(0, 0, false);
        TrackAnalysis a = analyse(s);
        assertEquals(1, a.track().positionCount());
        assertEquals(3, a.track().nonPositions() - 1);
        assertEquals(List.of(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7)), a.onlineDays().dates());
    }

    @Test
    void duplicatesAreDroppedAndAPositionIsPreferredToANonPositionAtTheSameTime() {
        var time = t("2025-01-06T07:00");
        List<Fix> fixes = List.of(new Fix("V1", time, 0, 0, 0, 0, Acc.UNKNOWN, false, null),
                Fix.at("V1", time, BASE.latitude(), BASE.longitude()),
                Fix.at("V1", time, BASE.latitude(), BASE.longitude()));
        CleanTrack c = TrackCleaner.of(TrackPolicy.defaults()).clean(FixColumns.of("V1", fixes));
        assertEquals(2, c.duplicates());
        assertEquals(1, c.fixCount());
        assertEquals(1, c.positionCount());
    }

    @Test
    void ignitionOffWhileStandingEndsATripAtOnce() {
        Script s = parkedAtBase().acc(Acc.ON).drive(offset(BASE, 0, 3000), 36, S30)
                .acc(Acc.OFF).park(Duration.ofSeconds(90), Duration.ofSeconds(60))
                .acc(Acc.ON).drive(offset(BASE, 0, 6000), 36, S30).park(HOUR, HALF_HOUR);
        TrackAnalysis withAcc = analyse(s);
        assertEquals(2, withAcc.trips().size());
        assertTrue(withAcc.stops().get(1).accOff());
        assertEquals(1, analyse(s, TrackPolicy.defaults().withUseAcc(false)).trips().size(),
                "motion alone: a 60 s halt is a red light");
    }

    @Test
    void withoutAccTheSameHaltDoesNotSplit() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 3000), 36, S30)
                .park(Duration.ofSeconds(90), Duration.ofSeconds(60))
                .drive(offset(BASE, 0, 6000), 36, S30).park(HOUR, HALF_HOUR);
        assertEquals(1, analyse(s).trips().size());
    }

    @Test
    void ignitionOnAloneNeverStartsATrip() {
        Script s = Script.vehicle("V1", BASE, "2025-01-06T07:00").acc(Acc.ON).park(Duration.ofHours(3), S30);
        TrackAnalysis a = analyse(s);
        assertEquals(List.of(), a.trips());
        assertEquals(1, a.stops().size());
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheRows() {
        Script s = parkedAtBase().drive(offset(BASE, 0, 3000), 36, S30).park(HOUR, HALF_HOUR)
                .drive(BASE, 36, S30).park(HOUR, HALF_HOUR);
        List<Fix> shuffled = new ArrayList<>(s.fixes());
        shuffled.addAll(s.fixes().subList(3, 9));
        Collections.shuffle(shuffled, new Random(7));
        TrackAnalysis a = analyse(s);
        TrackAnalysis b = TripDetector.of(TrackPolicy.defaults(), ZONE).analyse(FixColumns.of("V1", shuffled));
        assertEquals(a.trips(), b.trips());
        assertEquals(a.stops(), b.stops());
        assertEquals(2, a.trips().size());
    }
}
