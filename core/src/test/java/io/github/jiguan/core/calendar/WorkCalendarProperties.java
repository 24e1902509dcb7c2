package io.github.jiguan.core.calendar;

import io.github.jiguan.core.ChinaTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkCalendarProperties {

    private static final WorkCalendar CN = WorkCalendar.chinaOfficial();
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final Instant T0 = FIRST.atStartOfDay(ChinaTime.ZONE).toInstant();

    @Provide
    Arbitrary<LocalDate> coveredDates() {
        return Arbitraries.integers().between(0, 2556).map(FIRST::plusDays); // 2020-01-01 to 2026-12-31
    }

    @Provide
    Arbitrary<LocalDate> uncoveredDates() {
        Arbitrary<LocalDate> before = Arbitraries.integers().between(1, 20 * 366).map(n -> FIRST.minusDays(n));
        Arbitrary<LocalDate> after = Arbitraries.integers().between(0, 20 * 366).map(LocalDate.of(2027, 1, 1)::plusDays);
        return Arbitraries.oneOf(before, after);
    }

    @Provide
    Arbitrary<LocalDate> anyDates() {
        return Arbitraries.oneOf(coveredDates(), uncoveredDates());
    }

    @Provide
    Arbitrary<DayKind> kinds() {
        return Arbitraries.of(DayKind.class);
    }

    /** Instants over the covered years, to the millisecond. */
    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, Duration.ofDays(2557 - 4).toMillis()).map(T0::plusMillis);
    }

    @Provide
    Arbitrary<List<Instant>> spans() {
        return Combinators.combine(instants(), Arbitraries.longs().between(0, Duration.ofDays(3).toSeconds()))
                .as((s, len) -> List.of(s, s.plusSeconds(len)));
    }

    @Property
    void kindAgreesWithTheQueries(@ForAll("coveredDates") LocalDate d) {
        DayKind k = CN.kindOf(d);
        assertEquals(k.isWorking(), CN.isWorkingDay(d));
        assertEquals(!k.isWorking(), CN.isRestDay(d));
        assertEquals(k == DayKind.HOLIDAY, CN.isStatutoryHoliday(d));
        assertEquals(k == DayKind.ADJUSTED_WORKDAY, CN.isAdjustedWorkday(d));
        assertTrue(k.fits(d), () -> k + " on " + d.getDayOfWeek());
    }

    @Property
    void anOverrideIsReturnedExactly(@ForAll("anyDates") LocalDate d, @ForAll("kinds") DayKind k) {
        if (k.fits(d)) {
            assertEquals(k, CN.withOverride(d, k).kindOf(d));
        } else {
            assertThrows(io.github.jiguan.core.InvalidValueException.class, () -> CN.withOverride(d, k));
        }
    }

    @Property
    void anOverrideChangesNoOtherDate(@ForAll("coveredDates") LocalDate d, @ForAll("coveredDates") LocalDate other) {
        WorkCalendar c = CN.withRestDay(d);
        if (!other.equals(d)) {
            assertEquals(CN.kindOf(other), c.kindOf(other));
        }
    }

    @Property
    void weekendsOnlyEqualsTheMondayToFridayRuleForUncoveredYears(@ForAll("uncoveredDates") LocalDate d) {
        assertEquals(DayKind.weekly(d), CN.withWeekendsOnlyForUncoveredYears().kindOf(d));
        assertEquals(DayKind.weekly(d), WorkCalendar.mondayToFriday().kindOf(d));
        CalendarYearNotCoveredException e = assertThrows(CalendarYearNotCoveredException.class, () -> CN.kindOf(d));
        assertEquals(d.getYear(), e.year());
    }

    @Property
    void weekendsOnlyChangesNothingInCoveredYears(@ForAll("coveredDates") LocalDate d) {
        assertEquals(CN.kindOf(d), CN.withWeekendsOnlyForUncoveredYears().kindOf(d));
    }

    @Property
    void nightIsExactlyTheUnionOfTheDaysNightIntervals(@ForAll("instants") Instant t) {
        boolean inIntervals = CN.nightIntervals(WorkCalendar.dateOf(t)).stream().anyMatch(i -> i.contains(t));
        assertEquals(CN.isNight(t), inIntervals);
        LocalTime local = LocalTime.ofInstant(t, ChinaTime.ZONE);
        assertEquals(!local.isBefore(LocalTime.of(22, 0)) || local.isBefore(LocalTime.of(6, 0)), CN.isNight(t));
    }

    @Property
    void offHoursPartsLieInsideTheSpanAreOffHoursAndAgreeWithTheTest(@ForAll("spans") List<Instant> span) {
        Instant s = span.get(0);
        Instant e = span.get(1);
        List<TimeInterval> parts = CN.restOrNightIntervals(s, e);
        if (!s.equals(e)) {
            assertEquals(!parts.isEmpty(), CN.overlapsRestOrNight(s, e));
        }
        Instant previousEnd = null;
        for (TimeInterval p : parts) {
            assertTrue(!p.isEmpty() && !p.start().isBefore(s) && !p.end().isAfter(e), p::toString);
            assertTrue(CN.isRestOrNight(p.start()), p::toString);
            assertTrue(CN.isRestOrNight(p.end().minusNanos(1)), p::toString);
            if (previousEnd != null) {
                assertTrue(previousEnd.isBefore(p.start()), "parts are merged and ordered: " + parts);
                assertNotEquals(previousEnd, p.start());
            }
            previousEnd = p.end();
        }
    }

    @Property
    void anInstantInsideASpanIsInOnePartExactlyWhenItIsOffHours(@ForAll("spans") List<Instant> span,
                                                                @ForAll double fraction) {
        Instant s = span.get(0);
        Instant e = span.get(1);
        long length = Duration.between(s, e).toMillis();
        if (length == 0 || !Double.isFinite(fraction)) {
            return;
        }
        Instant probe = s.plusMillis((long) Math.floor(Math.abs(fraction % 1.0) * length));
        boolean inParts = CN.restOrNightIntervals(s, e).stream().anyMatch(p -> p.contains(probe));
        assertEquals(CN.isRestOrNight(probe), inParts);
    }
}
