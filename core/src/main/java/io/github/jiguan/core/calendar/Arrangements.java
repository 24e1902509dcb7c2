package io.github.jiguan.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Holiday periods resolved into day kinds. Periods apply in the order their notices were issued,
 * so a later notice overrides an earlier one on the dates they share: the 2020 extension makes
 * 2020-02-01, an adjusted workday of the first 2020 notice, a rest day again. Immutable.
 */
final class Arrangements {

    static final Arrangements NONE = new Arrangements(List.of());

    private final List<HolidayPeriod> periods;
    private final List<HolidayNotice> notices;
    private final SortedSet<Integer> coveredYears;
    /** Only the dates whose kind departs from the weekly rule. */
    private final Map<LocalDate, DayKind> exceptions;
    private final Map<LocalDate, HolidayPeriod> periodOfDate;

    Arrangements(List<HolidayPeriod> periods) {
        List<HolidayPeriod> ordered = new ArrayList<>(periods);
        ordered.sort(Comparator.comparing(p -> p.notice().issuedOn())); // stable: file order within a notice
        this.periods = List.copyOf(ordered);
        LinkedHashSet<HolidayNotice> n = new LinkedHashSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        Map<LocalDate, Boolean> rest = new HashMap<>();
        Map<LocalDate, HolidayPeriod> owner = new HashMap<>();
        for (HolidayPeriod p : this.periods) {
            n.add(p.notice());
            years.add(p.notice().year());
            for (LocalDate d = p.firstDay(); !d.isAfter(p.lastDay()); d = d.plusDays(1)) {
                rest.put(d, true);
                owner.put(d, p);
            }
            for (LocalDate d : p.adjustedWorkdays()) {
                rest.put(d, false);
                owner.put(d, p);
            }
        }
        Map<LocalDate, DayKind> ex = new HashMap<>();
        rest.forEach((d, isRest) -> {
            DayKind k = isRest ? DayKind.restOn(d) : DayKind.workOn(d);
            if (k.isException()) {
                ex.put(d, k);
            }
        });
        this.notices = List.copyOf(n);
        this.coveredYears = Collections.unmodifiableSortedSet(years);
        this.exceptions = Map.copyOf(ex);
        this.periodOfDate = Map.copyOf(owner);
    }

    Arrangements plus(List<HolidayPeriod> more) {
        List<HolidayPeriod> all = new ArrayList<>(periods);
        all.addAll(more);
        return new Arrangements(all);
    }

    boolean covers(int year) {
        return coveredYears.contains(year);
    }

    /** The arranged kind of a date in a covered year. */
    DayKind kindOf(LocalDate date) {
        DayKind k = exceptions.get(date);
        return k != null ? k : DayKind.weekly(date);
    }

    HolidayPeriod periodOf(LocalDate date) {
        return periodOfDate.get(date);
    }

    List<HolidayPeriod> periods() {
        return periods;
    }

    List<HolidayNotice> notices() {
        return notices;
    }

    SortedSet<Integer> coveredYears() {
        return coveredYears;
    }
}
