package io.github.jiguan.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.Rejection;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCsvTest {

    private static CalendarOverrides read(String text) {
        return CalendarCsv.read(new StringReader(text), "calendar.csv", false);
    }

    @Test
    void rowsBecomeOverridesByDayOfWeek() {
        CalendarOverrides o = read("date,kind\n2025-10-09,HOLIDAY\n2025-10-11,holiday\n2025-10-08,WORKDAY\n2025-03-08,WORKDAY\n");
        assertTrue(o.isClean());
        assertEquals(Map.of(LocalDate.of(2025, 10, 9), DayKind.HOLIDAY, LocalDate.of(2025, 10, 11), DayKind.WEEKEND,
                LocalDate.of(2025, 10, 8), DayKind.WORKDAY, LocalDate.of(2025, 3, 8), DayKind.ADJUSTED_WORKDAY), o.days());
        WorkCalendar c = WorkCalendar.chinaOfficial().withOverrides(o);
        assertTrue(c.isRestDay(LocalDate.of(2025, 10, 9)));
        assertTrue(c.isRestDay(LocalDate.of(2025, 10, 11)), "the worked Saturday is cancelled");
        assertTrue(c.isWorkingDay(LocalDate.of(2025, 10, 8)));
    }

    @Test
    void badRowsAreRejectedWithLineColumnValueAndReasonAndGoodRowsAreKept() {
        CalendarOverrides o = read("kind,date,comment\n"
                + "HOLIDAY,2025-10-09,ok\n"
                + "HOLIDAY,2025/10/10,bad date\n"
                + "REST,2025-10-13,bad kind\n"
                + ",2025-10-14,no kind\n"
                + "WORKDAY,2025-10-09,repeat\n"
                + "\n"
                + "WORKDAY,2025-10-12,ok\n");
        assertEquals(2, o.days().size());
        List<String> got = o.rejections().stream().map(Rejection::toString).toList();
        assertEquals(List.of(
                "calendar.csv:3: date must be an ISO-8601 date such as 2025-01-06: \"2025/10/10\"",
                "calendar.csv:4: kind must be HOLIDAY, WORKDAY or YEAR: \"REST\"",
                "calendar.csv:5: kind is required: \"\"",
                "calendar.csv:6: date repeats the date of line 2: \"2025-10-09\""), got);
        Rejection first = o.rejections().get(0);
        assertEquals("date", first.column());
        assertEquals(3, first.line());
        assertEquals("2025/10/10", first.value());
    }

    @Test
    void aYearRowDeclaresTheWholeYearSoItIsCoveredWithItsListedDays() {
        CalendarOverrides o = read("date,kind\n2027,YEAR\n2027-01-01,HOLIDAY\n");
        assertTrue(o.isClean(), o.rejections()::toString);
        assertEquals(java.util.Set.of(2027), o.declaredYears());
        WorkCalendar c = WorkCalendar.chinaOfficial().withOverrides(o);
        assertTrue(c.covers(2027));
        assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027), List.copyOf(c.coveredYears()));
        assertEquals(DayKind.HOLIDAY, c.kindOf(LocalDate.of(2027, 1, 1)));
        assertEquals(DayKind.WORKDAY, c.kindOf(LocalDate.of(2027, 1, 4)), "a date not listed follows Monday to Friday");
        assertEquals(DayKind.WEEKEND, c.kindOf(LocalDate.of(2027, 1, 9)));
        assertThrows(CalendarYearNotCoveredException.class, () -> c.kindOf(LocalDate.of(2028, 1, 3)),
                "only the declared year is covered");
        assertEquals(java.util.Set.of(2028), c.uncoveredYears(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 2, 1)));
        assertEquals(java.util.Set.of(), c.uncoveredYears(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 1)),
                "the range is half-open");
    }

    @Test
    void aBadOrRepeatedYearRowIsRejected() {
        CalendarOverrides o = read("date,kind\n2027,YEAR\n27,YEAR\n2027-01-01,YEAR\n2027,YEAR\n2027,HOLIDAY\n");
        assertEquals(java.util.Set.of(2027), o.declaredYears());
        assertEquals(List.of(
                "calendar.csv:3: date must be a year YYYY (such as 2027) on a YEAR row: \"27\"",
                "calendar.csv:4: date must be a year YYYY (such as 2027) on a YEAR row: \"2027-01-01\"",
                "calendar.csv:5: date repeats the year of line 2: \"2027\"",
                "calendar.csv:6: date must be an ISO-8601 date such as 2025-01-06: \"2027\""),
                o.rejections().stream().map(Rejection::toString).toList());
    }

    @Test
    void strictReadingStopsAtTheFirstBadRow() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CalendarCsv.read(
                new StringReader("date,kind\n2025-10-09,HOLIDAY\n2025-10-10,NOPE\n2025-10-99,HOLIDAY\n"), "c.csv", true));
        assertEquals(3, e.rejection().line());
        assertEquals("kind", e.rejection().column());
    }

    @Test
    void aMissingColumnIsReportedBeforeAnyRow() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read("date,type\n2025-10-09,HOLIDAY\n"));
        assertEquals("calendar.csv:1: kind is missing from the header [date, type]", e.getMessage());
    }

    @Test
    void writesTheExceptionsOfARangeAndReadsThemBack(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        int n = CalendarCsv.write(out, WorkCalendar.chinaOfficial(), LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 12));
        assertEquals("date,kind\n2025-09-28,WORKDAY\n2025-10-01,HOLIDAY\n2025-10-02,HOLIDAY\n2025-10-03,HOLIDAY\n"
                + "2025-10-06,HOLIDAY\n2025-10-07,HOLIDAY\n2025-10-08,HOLIDAY\n2025-10-11,WORKDAY\n", out.toString());
        assertEquals(8, n);
        Path file = dir.resolve("calendar.csv");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        CalendarOverrides back = CalendarCsv.read(file);
        assertEquals("calendar.csv", back.source());
        WorkCalendar rebuilt = WorkCalendar.mondayToFriday().withOverrides(back);
        assertEquals(WorkCalendar.chinaOfficial().exceptions(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 12)),
                rebuilt.exceptions(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 12)));
        assertFalse(back.days().isEmpty());
    }
}
