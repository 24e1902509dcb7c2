package io.github.jiguan.core.calendar;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.csv.Cells;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the State Council holiday arrangements shipped as resources: {@code china-notices.csv}
 * (one row per notice: number, year, title, issue date) and {@code china-holidays.csv} (one row per
 * holiday of a notice: name, first and last rest day, the notice's day count, the adjusted
 * workdays). The day count is checked against the dates, so a typo in either fails the load.
 */
final class OfficialArrangements {

    static final String NOTICES = "china-notices.csv";
    static final String HOLIDAYS = "china-holidays.csv";

    private OfficialArrangements() {
    }

    /** The arrangements of the resources, loaded once. */
    static Arrangements china() {
        return Holder.CHINA;
    }

    private static final class Holder {
        static final Arrangements CHINA = new Arrangements(load());
    }

    static List<HolidayPeriod> load() {
        Map<String, HolidayNotice> notices = readNotices();
        List<HolidayPeriod> periods = readPeriods(notices);
        Set<HolidayNotice> used = new HashSet<>();
        periods.forEach(p -> used.add(p.notice()));
        for (HolidayNotice n : notices.values()) {
            if (!used.contains(n)) {
                throw new IllegalStateException(HOLIDAYS + " has no holiday of notice " + n.documentNumber());
            }
        }
        return periods;
    }

    private static Map<String, HolidayNotice> readNotices() {
        Map<String, HolidayNotice> notices = new LinkedHashMap<>();
        try (CsvReader in = open(NOTICES)) {
            in.requireColumns(List.of("notice", "year", "title", "issued_on", "note"));
            for (CsvRow next = in.next(); next != null; next = in.next()) {
                CsvRow row = next;
                HolidayNotice n = parse(row, () -> new HolidayNotice(row.get("notice"),
                        Cells.integer("year", row.get("year")), row.get("title"),
                        Cells.date("issued_on", row.get("issued_on")), row.get("note")));
                if (notices.putIfAbsent(n.documentNumber(), n) != null) {
                    throw broken(row.reject("notice", "appears twice"));
                }
            }
        }
        return notices;
    }

    private static List<HolidayPeriod> readPeriods(Map<String, HolidayNotice> notices) {
        List<HolidayPeriod> periods = new ArrayList<>();
        try (CsvReader in = open(HOLIDAYS)) {
            in.requireColumns(List.of("notice", "holiday", "first_day", "last_day", "days", "adjusted_workdays", "note"));
            for (CsvRow next = in.next(); next != null; next = in.next()) {
                CsvRow row = next;
                HolidayNotice notice = notices.get(row.get("notice").strip());
                if (notice == null) {
                    throw broken(row.reject("notice", "is not in " + NOTICES));
                }
                HolidayPeriod p = parse(row, () -> new HolidayPeriod(notice, row.get("holiday"),
                        Cells.date("first_day", row.get("first_day")), Cells.date("last_day", row.get("last_day")),
                        dates(row.get("adjusted_workdays")), row.get("note")));
                int days = parse(row, () -> Cells.integer("days", row.get("days")));
                if (p.days() != days) {
                    throw broken(row.reject("days", "does not match first_day to last_day, " + p.days() + " days"));
                }
                checkYear(row, notice, p);
                periods.add(p);
            }
        }
        return periods;
    }

    private static void checkYear(CsvRow row, HolidayNotice notice, HolidayPeriod p) {
        List<LocalDate> all = new ArrayList<>(p.adjustedWorkdays());
        all.add(p.firstDay());
        all.add(p.lastDay());
        for (LocalDate d : all) {
            if (Math.abs(d.getYear() - notice.year()) > 1) {
                throw broken(row.reject("", "date " + d + " is far from the notice's year " + notice.year()));
            }
        }
    }

    private static List<LocalDate> dates(String text) {
        List<LocalDate> dates = new ArrayList<>();
        for (String t : text.strip().split("\\s+")) {
            if (!t.isEmpty()) {
                dates.add(Cells.date("adjusted_workdays", t));
            }
        }
        return dates;
    }

    private static <T> T parse(CsvRow row, java.util.function.Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidValueException e) {
            throw broken(row.reject(e));
        }
    }

    private static CsvReader open(String name) {
        InputStream in = OfficialArrangements.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing from the jiguan-core jar");
        }
        return CsvReader.of(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    }

    private static IllegalStateException broken(Rejection r) {
        return new IllegalStateException("shipped holiday data is broken: " + r);
    }
}
