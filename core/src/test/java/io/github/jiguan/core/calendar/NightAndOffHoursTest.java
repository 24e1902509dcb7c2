package io.github.jiguan.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Night hours and off-hours intervals, with their boundaries: all intervals are half-open. */
class NightAndOffHoursTest {

    private static final WorkCalendar CN = WorkCalendar.chinaOfficial();

    /** A Beijing time. */
    private static Instant t(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    private static TimeInterval iv(String from, String to) {
        return TimeInterval.of(t(from), t(to));
    }

    @Test
    void nightIsFromTwentyTwoUpToButExcludingSixBeijingTime() {
        assertEquals(LocalTime.of(22, 0), CN.nightStart());
        assertEquals(LocalTime.of(6, 0), CN.nightEnd());
        assertFalse(CN.isNight(t("2025-01-06T21:59:59.999")));
        assertTrue(CN.isNight(t("2025-01-06T22:00:00")));
        assertTrue(CN.isNight(t("2025-01-07T00:00:00")));
        assertTrue(CN.isNight(t("2025-01-07T05:59:59.999999999")));
        assertFalse(CN.isNight(t("2025-01-07T06:00:00")));
        assertTrue(CN.isNight(Instant.parse("2025-01-06T14:00:00Z")), "14:00 UTC is 22:00 in Beijing");
        assertFalse(CN.isNight(Instant.parse("2025-01-06T22:00:00Z")), "22:00 UTC is 06:00 in Beijing");
    }

    @Test
    void aDaysNightIntervalsAreItsEarlyMorningAndLateEvening() {
        assertEquals(List.of(iv("2025-01-06T00:00", "2025-01-06T06:00"), iv("2025-01-06T22:00", "2025-01-07T00:00")),
                CN.nightIntervals(LocalDate.of(2025, 1, 6)));
        assertEquals(iv("2025-01-06T22:00", "2025-01-07T06:00"), CN.nightStartingOn(LocalDate.of(2025, 1, 6)));
    }

    @Test
    void nightHoursAreConfigurable() {
        WorkCalendar c = CN.withNightHours(LocalTime.of(23, 0), LocalTime.of(5, 30));
        assertFalse(c.isNight(t("2025-01-06T22:30")));
        assertTrue(c.isNight(t("2025-01-07T05:29")));
        assertFalse(c.isNight(t("2025-01-07T05:30")));
        WorkCalendar sameDay = CN.withNightHours(LocalTime.MIDNIGHT, LocalTime.of(6, 0));
        assertEquals(List.of(iv("2025-01-06T00:00", "2025-01-06T06:00")), sameDay.nightIntervals(LocalDate.of(2025, 1, 6)));
        assertFalse(sameDay.isNight(t("2025-01-06T23:00")));
        WorkCalendar toMidnight = CN.withNightHours(LocalTime.of(22, 0), LocalTime.MIDNIGHT);
        assertEquals(List.of(iv("2025-01-06T22:00", "2025-01-07T00:00")), toMidnight.nightIntervals(LocalDate.of(2025, 1, 6)));
        assertThrows(InvalidValueException.class, () -> CN.withNightHours(LocalTime.NOON, LocalTime.NOON));
    }

    @Test
    void aTripInWorkingHoursOfAWorkingDayIsNotOffHours() {
        assertFalse(CN.overlapsRestOrNight(t("2025-01-06T09:00"), t("2025-01-06T17:30")));
        assertTrue(CN.restOrNightIntervals(t("2025-01-06T09:00"), t("2025-01-06T17:30")).isEmpty());
    }

    @Test
    void aTripEndingExactlyAtTwentyTwoOrStartingExactlyAtSixIsNotAtNight() {
        assertFalse(CN.overlapsRestOrNight(t("2025-01-06T21:00"), t("2025-01-06T22:00")));
        assertTrue(CN.overlapsRestOrNight(t("2025-01-06T21:00"), t("2025-01-06T22:00:01")));
        assertFalse(CN.overlapsRestOrNight(t("2025-01-07T06:00"), t("2025-01-07T07:00")));
        assertTrue(CN.overlapsRestOrNight(t("2025-01-07T05:59:59"), t("2025-01-07T07:00")));
    }

    @Test
    void aTripTouchingARestDayOnlyAtItsStartIsNotOnIt() {
        // Friday 2025-01-10 19:00 to Saturday 00:00: ends as the weekend begins, but is partly at night.
        assertEquals(List.of(iv("2025-01-10T22:00", "2025-01-11T00:00")),
                CN.restOrNightIntervals(t("2025-01-10T19:00"), t("2025-01-11T00:00")));
        // Sunday 2025-01-26 is worked (调休): a daytime trip then is in working hours.
        assertFalse(CN.overlapsRestOrNight(t("2025-01-26T09:00"), t("2025-01-26T11:00")));
    }

    @Test
    void aDaytimeTripOnAHolidayIsOffHoursWholly() {
        assertTrue(CN.overlapsRestOrNight(t("2025-10-08T10:00"), t("2025-10-08T11:00")));
        assertEquals(List.of(iv("2025-10-08T10:00", "2025-10-08T11:00")),
                CN.restOrNightIntervals(t("2025-10-08T10:00"), t("2025-10-08T11:00")));
    }

    @Test
    void offHoursPartsAreMergedAcrossMidnightAndIntoARestDay() {
        // Thursday 2025-09-30 20:00 to Wednesday 2025-10-01 (National Day) 08:00.
        assertEquals(List.of(iv("2025-09-30T22:00", "2025-10-01T08:00")),
                CN.restOrNightIntervals(t("2025-09-30T20:00"), t("2025-10-01T08:00")));
        // Monday 2025-01-06 20:00 to Wednesday 08:00: two nights, working days between.
        assertEquals(List.of(iv("2025-01-06T22:00", "2025-01-07T06:00"), iv("2025-01-07T22:00", "2025-01-08T06:00")),
                CN.restOrNightIntervals(t("2025-01-06T20:00"), t("2025-01-08T08:00")));
    }

    @Test
    void aZeroLengthIntervalIsTheInstantItself() {
        assertTrue(CN.overlapsRestOrNight(t("2025-01-06T22:00"), t("2025-01-06T22:00")));
        assertFalse(CN.overlapsRestOrNight(t("2025-01-06T21:59"), t("2025-01-06T21:59")));
        assertTrue(CN.restOrNightIntervals(t("2025-01-06T22:00"), t("2025-01-06T22:00")).isEmpty());
    }

    @Test
    void anIntervalBackwardsOrInAnUncoveredYearIsAnError() {
        assertThrows(InvalidValueException.class, () -> CN.overlapsRestOrNight(t("2025-01-06T10:00"), t("2025-01-06T09:00")));
        assertThrows(CalendarYearNotCoveredException.class,
                () -> CN.overlapsRestOrNight(t("2026-12-31T10:00"), t("2027-01-01T10:00")));
        assertTrue(CN.withWeekendsOnlyForUncoveredYears()
                .overlapsRestOrNight(t("2026-12-31T10:00"), t("2027-01-01T10:00")));
    }

    @Test
    void aSpanIntoTheYear3000IsAskedDayByDayAndMeetsTheUncoveredYear() {
        // its end in nanoseconds overflows a long: no shortcut may take it for a span within one day
        assertThrows(CalendarYearNotCoveredException.class,
                () -> CN.overlapsRestOrNight(t("2025-01-06T10:00"), Instant.parse("3000-01-06T02:00:00Z")));
    }

    @Test
    void theDateOfAnInstantIsTheBeijingDate() {
        assertEquals(LocalDate.of(2025, 1, 7), WorkCalendar.dateOf(Instant.parse("2025-01-06T16:00:00Z")));
        assertEquals(LocalDate.of(2025, 1, 6), WorkCalendar.dateOf(Instant.parse("2025-01-06T15:59:59Z")));
        assertEquals(iv("2025-01-06T00:00", "2025-01-07T00:00"), WorkCalendar.dayInterval(LocalDate.of(2025, 1, 6)));
    }

    @Test
    void timeIntervalsAreHalfOpen() {
        TimeInterval a = iv("2025-01-06T08:00", "2025-01-06T10:00");
        assertTrue(a.contains(t("2025-01-06T08:00")));
        assertFalse(a.contains(t("2025-01-06T10:00")));
        assertFalse(a.overlaps(iv("2025-01-06T10:00", "2025-01-06T11:00")));
        assertTrue(a.overlaps(iv("2025-01-06T09:59", "2025-01-06T11:00")));
        assertEquals(7200, a.duration().toSeconds());
        assertEquals("2025-01-06T00:00:00Z/2025-01-06T02:00:00Z", a.toString());
        assertThrows(InvalidValueException.class, () -> iv("2025-01-06T10:00", "2025-01-06T08:00"));
    }
}
