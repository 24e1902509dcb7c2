package io.github.jiguan.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jiguan.core.ChinaTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The work calendar's queries agree with each other, with overrides and with the night rule. */
class WorkCalendarProperties {

    private static final WorkCalendar CN = WorkCalendar.chinaOfficial();
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final Instant T0 = FIRST.atStartOfDay(ChinaTime.ZONE).toInstant();
    private static final int EXAMPLES = 1000;

    /** 2020-01-01 to 2026-12-31, the years the official calendar covers. */
    private static Gen<LocalDate> coveredDates() {
        return integers().between(0, 2556).map(FIRST::plusDays);
    }

    private static Gen<LocalDate> uncoveredDates() {
        Gen<LocalDate> before = integers().between(1, 20 * 366).map(n -> FIRST.minusDays(n));
        Gen<LocalDate> after = integers().between(0, 20 * 366).map(LocalDate.of(2027, 1, 1)::plusDays);
        return before.mix(after);
    }

    private static Gen<LocalDate> anyDates() {
        return coveredDates().mix(uncoveredDates());
    }

    /** Instants over the covered years, to the millisecond. */
    private static Gen<Instant> instants() {
        return longs().between(0, Duration.ofDays(2557 - 4).toMillis()).map(T0::plusMillis);
    }

    /** A start and an end up to three days later. */
    private static Gen<List<Instant>> spans() {
        return instants().zip(longs().between(0, Duration.ofDays(3).toSeconds()), (s, len) -> List.of(s, s.plusSeconds(len)));
    }

    @Test
    void kindAgreesWithTheQueries() {
        qt().withExamples(EXAMPLES).forAll(coveredDates()).checkAssert(d -> {
            DayKind k = CN.kindOf(d);
            assertEquals(k.isWorking(), CN.isWorkingDay(d));
            assertEquals(!k.isWorking(), CN.isRestDay(d));
            assertEquals(k == DayKind.HOLIDAY, CN.isStatutoryHoliday(d));
            assertEquals(k == DayKind.ADJUSTED_WORKDAY, CN.isAdjustedWorkday(d));
            assertTrue(k.fits(d), () -> k + " on " + d.getDayOfWeek());
        });
    }

    @Test
    void anOverrideIsReturnedExactly() {
        qt().withExamples(EXAMPLES).forAll(anyDates(), arbitrary().enumValues(DayKind.class)).checkAssert((d, k) -> {
            if (k.fits(d)) {
                assertEquals(k, CN.withOverride(d, k).kindOf(d));
            } else {
                assertThrows(io.github.jiguan.core.InvalidValueException.class, () -> CN.withOverride(d, k));
            }
        });
    }

    @Test
    void anOverrideChangesNoOtherDate() {
        qt().withExamples(EXAMPLES).forAll(coveredDates(), coveredDates()).checkAssert((d, other) -> {
            WorkCalendar c = CN.withRestDay(d);
            if (!other.equals(d)) {
                assertEquals(CN.kindOf(other), c.kindOf(other));
            }
        });
    }

    @Test
    void weekendsOnlyEqualsTheMondayToFridayRuleForUncoveredYears() {
        qt().withExamples(EXAMPLES).forAll(uncoveredDates()).checkAssert(d -> {
            assertEquals(DayKind.weekly(d), CN.withWeekendsOnlyForUncoveredYears().kindOf(d));
            assertEquals(DayKind.weekly(d), WorkCalendar.mondayToFriday().kindOf(d));
            CalendarYearNotCoveredException e = assertThrows(CalendarYearNotCoveredException.class, () -> CN.kindOf(d));
            assertEquals(d.getYear(), e.year());
        });
    }

    @Test
    void weekendsOnlyChangesNothingInCoveredYears() {
        qt().withExamples(EXAMPLES).forAll(coveredDates())
                .checkAssert(d -> assertEquals(CN.kindOf(d), CN.withWeekendsOnlyForUncoveredYears().kindOf(d)));
    }

    @Test
    void nightIsExactlyTheUnionOfTheDaysNightIntervals() {
        qt().withExamples(EXAMPLES).forAll(instants()).checkAssert(t -> {
            boolean inIntervals = CN.nightIntervals(WorkCalendar.dateOf(t)).stream().anyMatch(i -> i.contains(t));
            assertEquals(CN.isNight(t), inIntervals);
            LocalTime local = LocalTime.ofInstant(t, ChinaTime.ZONE);
            assertEquals(!local.isBefore(LocalTime.of(22, 0)) || local.isBefore(LocalTime.of(6, 0)), CN.isNight(t));
        });
    }

    @Test
    void offHoursPartsLieInsideTheSpanAreOffHoursAndAgreeWithTheTest() {
        qt().withExamples(EXAMPLES).forAll(spans()).checkAssert(span -> {
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
        });
    }

    /**
     * Spans inside one day, in whole minutes; half the bounds are a night bound of the calendars
     * below (midnight, 01:00, 05:00, 06:00, 22:00) or a minute from one.
     */
    private static Gen<List<Instant>> spansInOneDay() {
        Gen<Integer> minutes = integers().between(0, 1440)
                .mix(integers().between(0, 9).map(k -> new int[] {0, 1, 59, 60, 300, 301, 359, 360, 1320, 1440}[k]));
        return integers().between(0, 2552).zip(minutes, minutes, (d, a, b) -> {
            Instant midnight = FIRST.plusDays(d).atStartOfDay(ChinaTime.ZONE).toInstant();
            return List.of(midnight.plusSeconds(60L * Math.min(a, b)), midnight.plusSeconds(60L * Math.max(a, b)));
        });
    }

    @Test
    void theTestOfASpanInOneDayAgreesWithItsOffHoursPartsWhateverTheNightHours() {
        List<WorkCalendar> calendars = List.of(CN, CN.withNightHours(LocalTime.of(1, 0), LocalTime.of(5, 0)),
                CN.withNightHours(LocalTime.of(22, 0), LocalTime.MIDNIGHT),
                CN.withNightHours(LocalTime.MIDNIGHT, LocalTime.of(6, 0)),
                CN.withNightHours(LocalTime.of(23, 59, 59), LocalTime.of(0, 0, 1)));
        qt().withExamples(EXAMPLES).forAll(spansInOneDay(), integers().between(0, calendars.size() - 1))
                .checkAssert((span, c) -> {
                    WorkCalendar cal = calendars.get(c);
                    Instant s = span.get(0);
                    Instant e = span.get(1);
                    if (!s.equals(e)) {
                        assertEquals(!cal.restOrNightIntervals(s, e).isEmpty(), cal.overlapsRestOrNight(s, e),
                                () -> cal + " " + s + " " + e);
                    }
                });
    }

    @Test
    void anInstantInsideASpanIsInOnePartExactlyWhenItIsOffHours() {
        qt().withExamples(EXAMPLES).forAll(spans(), doubles().between(0, 1)).checkAssert((span, fraction) -> {
            Instant s = span.get(0);
            Instant e = span.get(1);
            long length = Duration.between(s, e).toMillis();
            if (length == 0) {
                return;
            }
            Instant probe = s.plusMillis(Math.min(length - 1, (long) Math.floor(fraction * length)));
            boolean inParts = CN.restOrNightIntervals(s, e).stream().anyMatch(p -> p.contains(probe));
            assertEquals(CN.isRestOrNight(probe), inParts);
        });
    }
}
