package io.github.jiguan.core.calendar;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work calendar of Chinese government agencies: which dates are working days, which are rest
 * days, and which hours are night, all asked in {@link ChinaTime#ZONE Asia/Shanghai}.
 *
 * <p>A date's {@link DayKind} comes, in this order of precedence, from
 * <ol>
 * <li>an override ({@link #withOverride}, {@link #withRestDay}, {@link #withWorkingDay},
 *     {@link #withOverrides(CalendarOverrides)} from a calendar.csv);</li>
 * <li>the holiday arrangements of the date's year (for {@link #chinaOfficial()}: the State Council
 *     notices 2020–2026, including the 2020 Spring Festival extension), applied in the order the
 *     notices were issued;</li>
 * <li>the Monday-to-Friday rule, for a year the arrangements cover, a year a calendar.csv declared
 *     whole ({@code 2027,YEAR}), or for any year when the caller chose
 *     {@link #withWeekendsOnlyForUncoveredYears()} (logged once per year at WARN).</li>
 * </ol>
 * Otherwise the question fails with {@link CalendarYearNotCoveredException}: answering by the
 * weekly rule alone would count a Spring Festival as working days without anyone noticing.
 *
 * <p>Night is {@link #nightStart()} (22:00 by default) up to, but excluding, {@link #nightEnd()}
 * (06:00 by default), local time in Asia/Shanghai. Intervals of time are half-open,
 * {@code [start, end)}; see {@link #overlapsRestOrNight(Instant, Instant)} for the rule that the
 * 非工作时间用车 finding applies.
 *
 * <p>Immutable and thread-safe; every {@code with…} method returns a new calendar. Parameters are
 * non-null; a null raises {@link InvalidValueException}.
 */
public final class WorkCalendar {


    /** The default start of night, 22:00. */
    public static final LocalTime DEFAULT_NIGHT_START = LocalTime.of(22, 0);

    /** The default end of night, 06:00 (the first instant that is no longer night). */
    public static final LocalTime DEFAULT_NIGHT_END = LocalTime.of(6, 0);

    private static final Logger LOG = LoggerFactory.getLogger(WorkCalendar.class);

    private final Arrangements arrangements;
    private final Map<LocalDate, DayKind> overrides;
    /** Years a calendar.csv declared whole: their exceptions are all overrides, the rest is weekly. */
    private final SortedSet<Integer> declaredYears;
    private final boolean weekendsOnlyForUncoveredYears;
    private final LocalTime nightStart;
    private final LocalTime nightEnd;
    /** The uncovered years already answered by the weekly rule, so that each is logged once. */
    private final Set<Integer> fallbackLogged = ConcurrentHashMap.newKeySet();
    /** The covered years' kinds, made on first use ({@link #kindTable()}). */
    private volatile KindTable kindTable;

    private WorkCalendar(Arrangements arrangements, Map<LocalDate, DayKind> overrides, SortedSet<Integer> declaredYears,
                         boolean weekendsOnlyForUncoveredYears, LocalTime nightStart, LocalTime nightEnd) {
        this.arrangements = arrangements;
        this.overrides = overrides;
        this.declaredYears = declaredYears;
        this.weekendsOnlyForUncoveredYears = weekendsOnlyForUncoveredYears;
        this.nightStart = nightStart;
        this.nightEnd = nightEnd;
    }

    private static final SortedSet<Integer> NO_YEARS = Collections.emptySortedSet();

    private static final class Official {
        static final WorkCalendar CHINA = new WorkCalendar(OfficialArrangements.china(), Map.of(), NO_YEARS, false,
                DEFAULT_NIGHT_START, DEFAULT_NIGHT_END);
    }

    /**
     * The State Council's holiday arrangements (国务院办公厅关于YYYY年部分节假日安排的通知) for 2020
     * through 2026, including the 2020 Spring Festival extension (国办发明电〔2020〕1号), shipped as
     * data with each notice's number and date; see {@link #notices()}. Strict: a date in another
     * year throws {@link CalendarYearNotCoveredException}. Night is 22:00 to 06:00.
     *
     * @throws IllegalStateException when the shipped data is missing or broken (a packaging fault)
     */
    public static WorkCalendar chinaOfficial() {
        return Official.CHINA;
    }

    /**
     * A calendar with no holiday arrangement: Monday to Friday are working days, Saturday and
     * Sunday rest days, in every year. Start from it to build a calendar from overrides alone.
     */
    public static WorkCalendar mondayToFriday() {
        return new WorkCalendar(Arrangements.NONE, Map.of(), NO_YEARS, true, DEFAULT_NIGHT_START, DEFAULT_NIGHT_END);
    }

    // ---- days ------------------------------------------------------------------------------

    /**
     * The kind of the date: an override if there is one, else the arranged kind, else the
     * Monday-to-Friday rule where allowed.
     *
     * @throws CalendarYearNotCoveredException when the date's year has no arrangement, the date no
     *         override, and weekends-only was not chosen for such years
     */
    public DayKind kindOf(LocalDate date) {
        Checks.notNull("date", date);
        KindTable t = kindTable();
        long i = date.toEpochDay() - t.firstDay();
        DayKind k = i >= 0 && i < t.kinds().length ? t.kinds()[(int) i] : null;
        return k != null ? k : kindAsked(date);
    }

    /**
     * The kind of every date of the covered years, from the first covered year to the last (null in
     * a year between them that is not covered), by epoch day: a date's kind is then one array read,
     * where asking the override map, the covered years and the arrangement cost 80–90 ns a date.
     */
    private record KindTable(long firstDay, DayKind[] kinds) {
    }

    private KindTable kindTable() {
        KindTable t = kindTable;
        if (t == null) { // built on first use; a race builds the same table twice
            SortedSet<Integer> years = coveredYears();
            // No table for centuries, nor for years near the end of LocalDate: those are asked each time.
            if (years.isEmpty() || years.last() - years.first() >= 400 || years.first() < 1 || years.last() > 99_999) {
                t = new KindTable(0, new DayKind[0]);
            } else {
                LocalDate first = LocalDate.of(years.first(), 1, 1);
                DayKind[] kinds = new DayKind[(int) (LocalDate.of(years.last() + 1, 1, 1).toEpochDay() - first.toEpochDay())];
                for (int d = 0; d < kinds.length; d++) {
                    LocalDate date = first.plusDays(d);
                    kinds[d] = years.contains(date.getYear()) ? kindAsked(date) : null;
                }
                t = new KindTable(first.toEpochDay(), kinds);
            }
            kindTable = t;
        }
        return t;
    }

    private DayKind kindAsked(LocalDate date) {
        DayKind k = overrides.get(date);
        if (k != null) {
            return k;
        }
        int year = date.getYear();
        if (arrangements.covers(year)) {
            return arrangements.kindOf(date);
        }
        if (declaredYears.contains(year)) {
            return DayKind.weekly(date);
        }
        if (weekendsOnlyForUncoveredYears) {
            if (fallbackLogged.add(year)) {
                LOG.warn("no holiday arrangement for {}: its dates are answered Monday to Friday, so its holidays"
                        + " are missed unless given as overrides (the calendar covers {})", year,
                        CalendarYearNotCoveredException.ranges(coveredYears()));
            }
            return DayKind.weekly(date);
        }
        throw new CalendarYearNotCoveredException(year, coveredYears());
    }

    /** Whether people work on the date: {@link DayKind#WORKDAY} or {@link DayKind#ADJUSTED_WORKDAY}. */
    public boolean isWorkingDay(LocalDate date) {
        return kindOf(date).isWorking();
    }

    /** Whether the date is a rest day: {@link DayKind#WEEKEND} or {@link DayKind#HOLIDAY}. */
    public boolean isRestDay(LocalDate date) {
        return kindOf(date).isRest();
    }

    /**
     * Whether the date is a holiday rest day on a Monday to Friday ({@link DayKind#HOLIDAY}). A
     * Saturday or Sunday inside a holiday period is {@link DayKind#WEEKEND}; ask
     * {@link #holidayPeriod(LocalDate)} for the period a date belongs to.
     */
    public boolean isStatutoryHoliday(LocalDate date) {
        return kindOf(date) == DayKind.HOLIDAY;
    }

    /** Whether the date is a Saturday or Sunday made a working day ({@link DayKind#ADJUSTED_WORKDAY}, 调休上班). */
    public boolean isAdjustedWorkday(LocalDate date) {
        return kindOf(date) == DayKind.ADJUSTED_WORKDAY;
    }

    /**
     * The holiday period that made the date a rest day or an adjusted workday, with the notice
     * it comes from; empty for other dates. Overrides do not change it.
     */
    public Optional<HolidayPeriod> holidayPeriod(LocalDate date) {
        Checks.notNull("date", date);
        return Optional.ofNullable(arrangements.periodOf(date));
    }

    /**
     * The dates in {@code [from, to)} whose kind differs from the Monday-to-Friday rule
     * ({@link DayKind#HOLIDAY} or {@link DayKind#ADJUSTED_WORKDAY}), ascending.
     *
     * @throws InvalidValueException when {@code to} is before {@code from}
     * @throws CalendarYearNotCoveredException as {@link #kindOf(LocalDate)} does, for a date in range
     */
    public NavigableMap<LocalDate, DayKind> exceptions(LocalDate from, LocalDate to) {
        Checks.notNull("from", from);
        Checks.notNull("to", to);
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "must not be before from " + from, to);
        }
        TreeMap<LocalDate, DayKind> out = new TreeMap<>();
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            DayKind k = kindOf(d);
            if (k.isException()) {
                out.put(d, k);
            }
        }
        return Collections.unmodifiableNavigableMap(out);
    }

    /**
     * Whether the calendar knows the year: an arrangement covers it, or a calendar.csv declared it
     * whole ({@link CalendarOverrides#declaredYears()}). Single overrides and weekends-only do not count.
     */
    public boolean covers(int year) {
        return arrangements.covers(year) || declaredYears.contains(year);
    }

    /** The years the calendar knows, ascending: those of the arrangements and the declared ones. */
    public SortedSet<Integer> coveredYears() {
        if (declaredYears.isEmpty()) {
            return arrangements.coveredYears();
        }
        TreeSet<Integer> all = new TreeSet<>(arrangements.coveredYears());
        all.addAll(declaredYears);
        return Collections.unmodifiableSortedSet(all);
    }

    /** The years declared whole by calendar.csv files, ascending. */
    public SortedSet<Integer> declaredYears() {
        return declaredYears;
    }

    /**
     * The years in {@code [from, to)} the calendar does not know, ascending: with
     * {@link #withWeekendsOnlyForUncoveredYears()} these are answered Monday to Friday, otherwise
     * asking about them fails. For a caller to warn before it starts.
     */
    public SortedSet<Integer> uncoveredYears(LocalDate from, LocalDate to) {
        Checks.notNull("from", from);
        Checks.notNull("to", to);
        TreeSet<Integer> out = new TreeSet<>();
        LocalDate lastDay = to.minusDays(1);
        for (int y = from.getYear(); y <= lastDay.getYear(); y++) {
            if (!covers(y)) {
                out.add(y);
            }
        }
        return Collections.unmodifiableSortedSet(out);
    }

    /** The notices the arrangements come from, in the order they were issued. */
    public List<HolidayNotice> notices() {
        return arrangements.notices();
    }

    /** The holiday periods of the arrangements, in the order they apply. */
    public List<HolidayPeriod> holidayPeriods() {
        return arrangements.periods();
    }

    /** The overrides, by date. */
    public NavigableMap<LocalDate, DayKind> overrides() {
        return Collections.unmodifiableNavigableMap(new TreeMap<>(overrides));
    }

    /** Whether dates of uncovered years follow the Monday-to-Friday rule instead of failing. */
    public boolean isWeekendsOnlyForUncoveredYears() {
        return weekendsOnlyForUncoveredYears;
    }

    // ---- modified copies -------------------------------------------------------------------

    /**
     * This calendar with the date's kind fixed to {@code kind}, above any arrangement; a later
     * override of the same date replaces an earlier one.
     *
     * @throws InvalidValueException when the kind cannot be the kind of that date:
     *         {@code WORKDAY} and {@code HOLIDAY} are for Monday to Friday, {@code WEEKEND} and
     *         {@code ADJUSTED_WORKDAY} for Saturday and Sunday
     */
    public WorkCalendar withOverride(LocalDate date, DayKind kind) {
        return withOverrides(Map.of(Checks.notNull("date", date), Checks.notNull("kind", kind)));
    }

    /** This calendar with the date a rest day ({@link DayKind#HOLIDAY}, or {@link DayKind#WEEKEND} on a weekend). */
    public WorkCalendar withRestDay(LocalDate date) {
        return withOverride(date, DayKind.restOn(Checks.notNull("date", date)));
    }

    /** This calendar with the date a working day ({@link DayKind#WORKDAY}, or {@link DayKind#ADJUSTED_WORKDAY} on a weekend). */
    public WorkCalendar withWorkingDay(LocalDate date) {
        return withOverride(date, DayKind.workOn(Checks.notNull("date", date)));
    }

    /**
     * This calendar with every override of the map, as {@link #withOverride} does one by one.
     *
     * @throws InvalidValueException naming the first date whose kind does not fit its day of week
     */
    public WorkCalendar withOverrides(Map<LocalDate, DayKind> days) {
        Checks.notNull("overrides", days);
        Map<LocalDate, DayKind> merged = new HashMap<>(overrides);
        days.forEach((date, kind) -> {
            Checks.notNull("date", date);
            Checks.notNull("kind of " + date, kind);
            if (!kind.fits(date)) {
                throw new InvalidValueException("kind of " + date, "must be "
                        + (DayKind.isWeekend(date) ? "WEEKEND or ADJUSTED_WORKDAY" : "WORKDAY or HOLIDAY")
                        + " on a " + date.getDayOfWeek(), kind);
            }
            merged.put(date, kind);
        });
        return new WorkCalendar(arrangements, Map.copyOf(merged), declaredYears, weekendsOnlyForUncoveredYears, nightStart, nightEnd);
    }

    /**
     * This calendar with the overrides read from a calendar.csv (its rejections are the caller's to
     * report). The years the file declares whole ({@code 2027,YEAR}) become covered: their dates
     * not listed in the file are answered Monday to Friday, without a fallback.
     */
    public WorkCalendar withOverrides(CalendarOverrides fromCsv) {
        Checks.notNull("overrides", fromCsv);
        WorkCalendar with = withOverrides(fromCsv.days());
        if (!fromCsv.declaredYears().isEmpty()) {
            TreeSet<Integer> years = new TreeSet<>(declaredYears);
            years.addAll(fromCsv.declaredYears());
            with = new WorkCalendar(with.arrangements, with.overrides, Collections.unmodifiableSortedSet(years),
                    weekendsOnlyForUncoveredYears, nightStart, nightEnd);
        }
        LOG.info("{}: {} date overrides applied{}", fromCsv.source(), fromCsv.days().size(),
                fromCsv.declaredYears().isEmpty() ? "" : ", years declared whole: " + fromCsv.declaredYears());
        return with;
    }

    /**
     * This calendar with a further holiday arrangement, such as a year published after this
     * release: its notice's year becomes covered, and its periods apply after the arrangements
     * of notices issued earlier.
     *
     * @throws InvalidValueException when the list or one of its periods is null
     */
    public WorkCalendar withArrangement(List<HolidayPeriod> periods) {
        return new WorkCalendar(arrangements.plus(Checks.listOf("periods", periods)), overrides, declaredYears,
                weekendsOnlyForUncoveredYears, nightStart, nightEnd);
    }

    /**
     * This calendar answering dates of uncovered years by the Monday-to-Friday rule instead of
     * throwing {@link CalendarYearNotCoveredException}. Holidays of such years are then missed
     * unless given as overrides.
     */
    public WorkCalendar withWeekendsOnlyForUncoveredYears() {
        return new WorkCalendar(arrangements, overrides, declaredYears, true, nightStart, nightEnd);
    }

    /**
     * This calendar with night from {@code start} up to, but excluding, {@code end}, local time.
     * When {@code start} is after {@code end} (the usual case, 22:00–06:00) night spans midnight;
     * otherwise it lies within one day (00:00–06:00, say).
     *
     * @throws InvalidValueException when {@code start} equals {@code end}
     */
    public WorkCalendar withNightHours(LocalTime start, LocalTime end) {
        Checks.notNull("night start", start);
        Checks.notNull("night end", end);
        if (start.equals(end)) {
            throw new InvalidValueException("night end", "must differ from the night start " + start, end);
        }
        return new WorkCalendar(arrangements, overrides, declaredYears, weekendsOnlyForUncoveredYears, start, end);
    }

    // ---- night and off-hours -----------------------------------------------------------------

    /** The first local time that is night (22:00 by default). */
    public LocalTime nightStart() {
        return nightStart;
    }

    /** The first local time after night that is no longer night (06:00 by default). */
    public LocalTime nightEnd() {
        return nightEnd;
    }

    /** The date of the instant in Asia/Shanghai. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(Checks.notNull("instant", instant), ChinaTime.ZONE);
    }

    /**
     * Whether the instant's local time is night: with the defaults, 22:00:00 and 05:59:59.999 are
     * night, 06:00:00 and 21:59:59.999 are not. Does not depend on the date's kind.
     */
    public boolean isNight(Instant instant) {
        Checks.notNull("instant", instant);
        int offset = ChinaTime.ZONE.getRules().getOffset(instant).getTotalSeconds();
        long nanoOfDay = Math.floorMod(instant.getEpochSecond() + offset, 86_400L) * 1_000_000_000L + instant.getNano();
        return isNightTime(nanoOfDay);
    }

    private boolean isNightTime(long nanoOfDay) {
        long s = nightStart.toNanoOfDay();
        long e = nightEnd.toNanoOfDay();
        return s < e ? nanoOfDay >= s && nanoOfDay < e : nanoOfDay >= s || nanoOfDay < e;
    }

    /**
     * The parts of the date's 24 hours that are night, as half-open intervals in time order. With
     * the defaults, two: {@code [00:00, 06:00)} and {@code [22:00, 24:00)} of that date.
     */
    public List<TimeInterval> nightIntervals(LocalDate date) {
        Checks.notNull("date", date);
        Instant s = date.atTime(nightStart).atZone(ChinaTime.ZONE).toInstant();
        Instant e = date.atTime(nightEnd).atZone(ChinaTime.ZONE).toInstant();
        if (nightStart.isBefore(nightEnd)) {
            return List.of(new TimeInterval(s, e));
        }
        List<TimeInterval> out = new ArrayList<>(2);
        TimeInterval morning = new TimeInterval(startOf(date), e);
        TimeInterval evening = new TimeInterval(s, startOf(date.plusDays(1)));
        if (!morning.isEmpty()) {
            out.add(morning);
        }
        out.add(evening);
        return List.copyOf(out);
    }

    /**
     * The night that begins on the date: with the defaults {@code [date 22:00, date+1 06:00)}; when
     * night lies within one day, {@code [date start, date end)}.
     */
    public TimeInterval nightStartingOn(LocalDate date) {
        Checks.notNull("date", date);
        LocalDate endDate = nightStart.isBefore(nightEnd) ? date : date.plusDays(1);
        return new TimeInterval(date.atTime(nightStart).atZone(ChinaTime.ZONE).toInstant(),
                endDate.atTime(nightEnd).atZone(ChinaTime.ZONE).toInstant());
    }

    /** The whole of the date in Asia/Shanghai, {@code [00:00, next day 00:00)}. */
    public static TimeInterval dayInterval(LocalDate date) {
        Checks.notNull("date", date);
        return new TimeInterval(startOf(date), startOf(date.plusDays(1)));
    }

    /**
     * Whether the instant is off working hours: on a rest day, or at night.
     *
     * @throws CalendarYearNotCoveredException as {@link #kindOf(LocalDate)} does
     */
    public boolean isRestOrNight(Instant instant) {
        return isNight(instant) || isRestDay(dateOf(instant));
    }

    /**
     * Whether any part of {@code [start, end)} falls on a rest day or at night: the test of
     * 非工作时间用车 (docs/reconciliation.md) for a trip. The interval is half-open, so a trip that ends at
     * exactly 22:00:00 or begins at exactly 06:00:00 on a working day is not at night, and one
     * that ends at 00:00:00 of a rest day does not touch it. A zero-length interval
     * ({@code start == end}) is the single instant {@code start}.
     *
     * @throws InvalidValueException when {@code end} is before {@code start}
     * @throws CalendarYearNotCoveredException when a date the interval touches is in an uncovered year
     */
    public boolean overlapsRestOrNight(Instant start, Instant end) {
        TimeInterval span = new TimeInterval(start, end);
        if (span.isEmpty()) {
            return isRestOrNight(start);
        }
        ZoneRules rules = ChinaTime.ZONE.getRules();
        // The offset is fixed from start on, and the span at most a day (no overflow below): local-time arithmetic.
        if (end.getEpochSecond() - start.getEpochSecond() <= 86_400L && rules.nextTransition(start) == null) {
            long offset = rules.getOffset(start).getTotalSeconds();
            long day = Math.floorDiv(start.getEpochSecond() + offset, 86_400L);
            long from = (start.getEpochSecond() + offset - day * 86_400L) * 1_000_000_000L + start.getNano();
            long to = (end.getEpochSecond() + offset - day * 86_400L) * 1_000_000_000L + end.getNano();
            if (to <= NANOS_PER_DAY) { // within one day, as most trips: no intervals made
                return isRestDay(LocalDate.ofEpochDay(day)) || overlapsNight(from, to);
            }
        }
        return collectRestOrNight(span, null);
    }

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    /**
     * Whether {@code [from, to)}, nanoseconds of one day ({@code from >= 0}), overlaps that day's
     * night intervals as {@link #nightIntervals} makes them.
     */
    private boolean overlapsNight(long from, long to) {
        long s = nightStart.toNanoOfDay();
        long e = nightEnd.toNanoOfDay();
        if (nightStart.isBefore(nightEnd)) {
            return s < to && from < e;
        }
        return from < e || s < to; // the morning part [0, e), empty when e is 0, and [s, 24:00)
    }

    /**
     * The parts of {@code [start, end)} that fall on a rest day or at night, merged where they
     * touch, in time order; empty when none does or when {@code start == end}. Evidence for a
     * 非工作时间用车 finding: which hours of the trip were off hours.
     *
     * @throws InvalidValueException when {@code end} is before {@code start}
     * @throws CalendarYearNotCoveredException when a date the interval touches is in an uncovered year
     */
    public List<TimeInterval> restOrNightIntervals(Instant start, Instant end) {
        TimeInterval span = new TimeInterval(start, end);
        List<TimeInterval> out = new ArrayList<>();
        if (!span.isEmpty()) {
            collectRestOrNight(span, out);
        }
        return List.copyOf(out);
    }

    /**
     * Adds the off-hours parts of the span to {@code sink} (when not null) and tells whether there
     * is any. Every date the span touches is asked, so an uncovered year fails whatever the
     * earlier dates hold.
     */
    private boolean collectRestOrNight(TimeInterval span, List<TimeInterval> sink) {
        boolean found = false;
        LocalDate last = dateOf(span.end().minusNanos(1));
        for (LocalDate d = dateOf(span.start()); !d.isAfter(last); d = d.plusDays(1)) {
            List<TimeInterval> parts = isRestDay(d) ? List.of(dayInterval(d)) : nightIntervals(d);
            for (TimeInterval part : parts) {
                if (part.overlaps(span)) {
                    found = true;
                    if (sink != null) {
                        append(sink, clip(part, span));
                    }
                }
            }
        }
        return found;
    }

    private static TimeInterval clip(TimeInterval part, TimeInterval span) {
        Instant s = part.start().isAfter(span.start()) ? part.start() : span.start();
        Instant e = part.end().isBefore(span.end()) ? part.end() : span.end();
        return new TimeInterval(s, e);
    }

    private static void append(List<TimeInterval> sink, TimeInterval next) {
        int n = sink.size();
        if (n > 0 && sink.get(n - 1).end().equals(next.start())) {
            sink.set(n - 1, new TimeInterval(sink.get(n - 1).start(), next.end()));
        } else {
            sink.add(next);
        }
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ChinaTime.ZONE).toInstant();
    }

    /** {@code WorkCalendar[covers 2020–2026, 3 overrides, night 22:00–06:00, uncovered years fail]}. */
    @Override
    public String toString() {
        return "WorkCalendar[covers " + CalendarYearNotCoveredException.ranges(coveredYears()) + ", "
                + overrides.size() + " overrides, night " + nightStart + "–" + nightEnd + ", uncovered years "
                + (weekendsOnlyForUncoveredYears ? "Monday to Friday" : "fail") + "]";
    }
}
