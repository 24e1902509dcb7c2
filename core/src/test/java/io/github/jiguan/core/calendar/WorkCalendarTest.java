package io.github.jiguan.core.calendar;

import static io.github.jiguan.core.calendar.DayKind.ADJUSTED_WORKDAY;
import static io.github.jiguan.core.calendar.DayKind.HOLIDAY;
import static io.github.jiguan.core.calendar.DayKind.WEEKEND;
import static io.github.jiguan.core.calendar.DayKind.WORKDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkCalendarTest {

    private static final WorkCalendar CN = WorkCalendar.chinaOfficial();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * Every date of the period is a rest day (HOLIDAY on weekdays, WEEKEND on weekends), the days
     * just before and after are not holidays of it, and each listed weekend day is worked.
     */
    private static void assertPeriod(String first, String last, String workedWeekendDays) {
        for (LocalDate x = d(first); !x.isAfter(d(last)); x = x.plusDays(1)) {
            assertTrue(CN.isRestDay(x), x + " should be a rest day");
            assertEquals(DayKind.restOn(x), CN.kindOf(x), x.toString());
        }
        for (LocalDate edge : List.of(d(first).minusDays(1), d(last).plusDays(1))) {
            assertFalse(CN.isStatutoryHoliday(edge), edge + " lies outside the period");
        }
        for (String w : workedWeekendDays.split(" ")) {
            if (!w.isEmpty()) {
                assertEquals(ADJUSTED_WORKDAY, CN.kindOf(d(w)), w);
                assertTrue(CN.isWorkingDay(d(w)) && CN.isAdjustedWorkday(d(w)), w);
            }
        }
    }

    @ParameterizedTest(name = "春节 {0}: {1} to {2}, worked {3}")
    @CsvSource({
        "2020, 2020-01-24, 2020-02-02, 2020-01-19",          // with the extension to 2 February
        "2021, 2021-02-11, 2021-02-17, 2021-02-07 2021-02-20",
        "2022, 2022-01-31, 2022-02-06, 2022-01-29 2022-01-30",
        "2023, 2023-01-21, 2023-01-27, 2023-01-28 2023-01-29",
        "2024, 2024-02-10, 2024-02-17, 2024-02-04 2024-02-18",
        "2025, 2025-01-28, 2025-02-04, 2025-01-26 2025-02-08",
        "2026, 2026-02-15, 2026-02-23, 2026-02-14 2026-02-28",
    })
    void springFestivalFollowsTheNoticeOfEachYear(int year, String first, String last, String worked) {
        assertPeriod(first, last, worked);
        assertEquals(year, CN.holidayPeriod(d(first).plusDays(1)).orElseThrow().notice().year());
    }

    @ParameterizedTest(name = "国庆节 {0}: {1} to {2}, worked {3}")
    @CsvSource({
        "2020, 2020-10-01, 2020-10-08, 2020-09-27 2020-10-10, 国庆节、中秋节",
        "2021, 2021-10-01, 2021-10-07, 2021-09-26 2021-10-09, 国庆节",
        "2022, 2022-10-01, 2022-10-07, 2022-10-08 2022-10-09, 国庆节",
        "2023, 2023-09-29, 2023-10-06, 2023-10-07 2023-10-08, 中秋节、国庆节",
        "2024, 2024-10-01, 2024-10-07, 2024-09-29 2024-10-12, 国庆节",
        "2025, 2025-10-01, 2025-10-08, 2025-09-28 2025-10-11, 国庆节、中秋节",
        "2026, 2026-10-01, 2026-10-07, 2026-09-20 2026-10-10, 国庆节",
    })
    void nationalDayFollowsTheNoticeOfEachYear(int year, String first, String last, String worked, String name) {
        assertPeriod(first, last, worked);
        HolidayPeriod p = CN.holidayPeriod(d(year + "-10-03")).orElseThrow();
        assertEquals(name, p.name());
    }

    @Test
    void theSpringFestivalExtensionOf2020MakesTheThirtyFirstAHolidayAndCancelsTheWorkedSaturday() {
        assertEquals(HOLIDAY, CN.kindOf(d("2020-01-31")));
        assertEquals(WEEKEND, CN.kindOf(d("2020-02-01")), "the first notice's worked Saturday is cancelled");
        assertEquals(WEEKEND, CN.kindOf(d("2020-02-02")));
        assertEquals(WORKDAY, CN.kindOf(d("2020-02-03")), "work resumes on Monday 3 February");
        HolidayNotice extension = CN.holidayPeriod(d("2020-02-01")).orElseThrow().notice();
        assertEquals("国办发明电〔2020〕1号", extension.documentNumber());
        assertEquals(d("2020-01-26"), extension.issuedOn());
        assertEquals(ADJUSTED_WORKDAY, CN.kindOf(d("2020-01-19")), "the worked Sunday before stays");
    }

    @Test
    void adjustedWorkdaysFallOnSaturdaysAndOnSundays() {
        assertEquals(java.time.DayOfWeek.SATURDAY, d("2025-02-08").getDayOfWeek());
        assertEquals(ADJUSTED_WORKDAY, CN.kindOf(d("2025-02-08")));
        assertEquals(java.time.DayOfWeek.SUNDAY, d("2025-01-26").getDayOfWeek());
        assertEquals(ADJUSTED_WORKDAY, CN.kindOf(d("2025-01-26")));
        assertEquals(WEEKEND, CN.kindOf(d("2025-02-09")), "an ordinary Sunday stays a rest day");
        assertEquals(WORKDAY, CN.kindOf(d("2025-02-05")), "the day after Spring Festival is worked");
    }

    @Test
    void theNewYearOf2023BeginsOnTheLastDayOf2022() {
        assertEquals(WEEKEND, CN.kindOf(d("2022-12-31")));
        assertEquals(HOLIDAY, CN.kindOf(d("2023-01-02")));
        assertEquals("国办发明电〔2022〕16号", CN.holidayPeriod(d("2022-12-31")).orElseThrow().notice().documentNumber());
    }

    @Test
    void newYearsEve2024IsAWorkingDayTheNoticeOnlyEncouragesLeave() {
        assertEquals(WORKDAY, CN.kindOf(d("2024-02-09")));
        assertEquals(WEEKEND, CN.kindOf(d("2024-02-10")));
    }

    @Test
    void from2025SpringFestivalBeginsOnNewYearsEve() {
        assertEquals(HOLIDAY, CN.kindOf(d("2025-01-28")));
        assertEquals(HOLIDAY, CN.kindOf(d("2026-02-16")));
    }

    @Test
    void eachYearHasItsNoticeWithNumberAndDate() {
        Map<Integer, String> numbers = CN.notices().stream()
                .filter(n -> n.title().contains("部分节假日安排"))
                .collect(Collectors.toMap(HolidayNotice::year, HolidayNotice::documentNumber));
        assertEquals(Map.of(2020, "国办发明电〔2019〕16号", 2021, "国办发明电〔2020〕27号",
                2022, "国办发明电〔2021〕11号", 2023, "国办发明电〔2022〕16号", 2024, "国办发明电〔2023〕7号",
                2025, "国办发明电〔2024〕12号", 2026, "国办发明电〔2025〕7号"), numbers);
        assertEquals(8, CN.notices().size());
        assertEquals(new TreeSet<>(Set.of(2020, 2021, 2022, 2023, 2024, 2025, 2026)), CN.coveredYears());
        HolidayNotice n2026 = CN.notices().get(CN.notices().size() - 1);
        assertEquals("国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025-11-04）", n2026.toString());
    }

    @Test
    void everyPeriodStartsInTheNoticesYearOrTheLastDaysOfThePreviousOne() {
        for (HolidayPeriod p : CN.holidayPeriods()) {
            assertTrue(p.lastDay().getYear() == p.notice().year(), p.toString());
            assertTrue(p.days() >= 1 && p.days() <= 10, p.toString());
        }
        long perYear = CN.holidayPeriods().stream().filter(p -> p.notice().year() == 2021).count();
        assertEquals(7, perYear, "2021 has seven holidays: 元旦 春节 清明 劳动 端午 中秋 国庆");
    }

    @Test
    void aYearWithoutDataIsAnErrorNamingTheYearAndTheCoveredRange() {
        CalendarYearNotCoveredException e = assertThrows(CalendarYearNotCoveredException.class,
                () -> CN.kindOf(d("2027-02-08")));
        assertEquals(2027, e.year());
        assertTrue(e.getMessage().contains("2027") && e.getMessage().contains("2020–2026"), e.getMessage());
        assertThrows(CalendarYearNotCoveredException.class, () -> CN.isWorkingDay(d("2019-12-31")));
        assertThrows(CalendarYearNotCoveredException.class, () -> CN.exceptions(d("2026-12-01"), d("2027-01-02")));
    }

    @Test
    void weekendsOnlyAnswersUncoveredYearsByTheWeeklyRuleAndKeepsCoveredYears() {
        WorkCalendar lenient = CN.withWeekendsOnlyForUncoveredYears();
        assertEquals(WORKDAY, lenient.kindOf(d("2027-02-08")));
        assertEquals(WEEKEND, lenient.kindOf(d("2027-02-06")));
        assertEquals(HOLIDAY, lenient.kindOf(d("2025-10-08")));
        assertFalse(CN.isWeekendsOnlyForUncoveredYears());
    }

    @Test
    void anOverrideWinsOverTheArrangementAndTheOriginalIsUnchanged() {
        WorkCalendar local = CN.withRestDay(d("2025-10-09"))          // a province adds a day
                .withWorkingDay(d("2025-10-08"))                         // and works another
                .withRestDay(d("2025-10-11"))                            // and cancels a worked Saturday
                .withOverride(d("2025-03-08"), ADJUSTED_WORKDAY);
        assertEquals(HOLIDAY, local.kindOf(d("2025-10-09")));
        assertEquals(WORKDAY, local.kindOf(d("2025-10-08")));
        assertEquals(WEEKEND, local.kindOf(d("2025-10-11")));
        assertEquals(ADJUSTED_WORKDAY, local.kindOf(d("2025-03-08")));
        assertEquals(HOLIDAY, CN.kindOf(d("2025-10-08")), "the shipped calendar is immutable");
        assertEquals(4, local.overrides().size());
    }

    @Test
    void anOverrideAnswersItsDateEvenInAnUncoveredYear() {
        WorkCalendar c = CN.withRestDay(d("2027-02-08"));
        assertEquals(HOLIDAY, c.kindOf(d("2027-02-08")));
        assertThrows(CalendarYearNotCoveredException.class, () -> c.kindOf(d("2027-02-09")));
    }

    @Test
    void anOverrideKindThatCannotBeTheKindOfItsDateIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> CN.withOverride(d("2025-10-04"), HOLIDAY));
        assertEquals("kind of 2025-10-04 must be WEEKEND or ADJUSTED_WORKDAY on a SATURDAY: HOLIDAY", e.getMessage());
        assertThrows(InvalidValueException.class, () -> CN.withOverride(d("2025-10-06"), WEEKEND));
        assertThrows(InvalidValueException.class, () -> CN.withOverride(null, WEEKEND));
    }

    @Test
    void aNewYearsArrangementCanBeAddedFromCode() {
        HolidayNotice n = new HolidayNotice("国办发明电〔2099〕1号", 2099, "测试安排", d("2098-11-01"), null);
        WorkCalendar c = CN.withArrangement(List.of(new HolidayPeriod(n, "元旦", d("2099-01-01"), d("2099-01-03"),
                List.of(d("2099-01-04")), "")));
        assertTrue(c.covers(2099));
        assertEquals(HOLIDAY, c.kindOf(d("2099-01-01")));
        assertEquals(ADJUSTED_WORKDAY, c.kindOf(d("2099-01-04")));
        assertEquals(WORKDAY, c.kindOf(d("2099-05-06")));
        assertThrows(CalendarYearNotCoveredException.class, () -> c.kindOf(d("2098-05-06")));
    }

    @Test
    void aHolidayPeriodChecksItsDays() {
        HolidayNotice n = new HolidayNotice("N1", 2030, "t", d("2029-11-01"), "");
        assertThrows(InvalidValueException.class,
                () -> new HolidayPeriod(n, "x", d("2030-01-03"), d("2030-01-01"), List.of(), ""));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new HolidayPeriod(n, "x", d("2030-01-01"), d("2030-01-01"), List.of(d("2030-01-07")), ""));
        assertTrue(e.getMessage().contains("MONDAY"), e.getMessage());
        assertThrows(InvalidValueException.class,
                () -> new HolidayPeriod(n, "x", d("2030-01-05"), d("2030-01-06"), List.of(d("2030-01-05")), ""));
    }

    @Test
    void exceptionsListWhatDiffersFromMondayToFriday() {
        Map<LocalDate, DayKind> may2025 = CN.exceptions(d("2025-04-27"), d("2025-05-06"));
        assertEquals(Map.of(d("2025-04-27"), ADJUSTED_WORKDAY, d("2025-05-01"), HOLIDAY, d("2025-05-02"), HOLIDAY,
                d("2025-05-05"), HOLIDAY), may2025);
        assertTrue(CN.exceptions(d("2025-05-06"), d("2025-05-06")).isEmpty());
        assertThrows(InvalidValueException.class, () -> CN.exceptions(d("2025-05-06"), d("2025-05-05")));
    }

    @Test
    void mondayToFridayHasNoHolidays() {
        WorkCalendar plain = WorkCalendar.mondayToFriday();
        assertEquals(WORKDAY, plain.kindOf(d("2025-10-01")));
        assertTrue(plain.coveredYears().isEmpty());
        assertTrue(plain.toString().contains("covers no year"), plain.toString());
    }

    @Test
    void coveredYearRangesAreWrittenCompactly() {
        assertEquals("2020–2022, 2024, 2026–2027",
                CalendarYearNotCoveredException.ranges(new TreeSet<>(Arrays.asList(2020, 2021, 2022, 2024, 2026, 2027))));
    }
}
