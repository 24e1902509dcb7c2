package io.github.jiguan.testkit.county;

import io.github.jiguan.core.calendar.DayKind;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.reconcile.FindingType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which vehicle does what on which day of a generated sample: the injected violations on chosen
 * vehicles and days (working days for most, rest days for holiday use), an idle vehicle, terminals
 * that go offline; every other vehicle-day is ordinary.
 */
final class Schedule {

    /** What a vehicle does on a day. */
    enum Role { NORMAL, FORCED, INJECT, IDLE, OFFLINE, BACK_ONLINE, SKIP }

    /** The injected outings and days. */
    enum Injection {
        NO_ORDER, EXCEEDED, ORDER_NO_TRIP, ORDER_OFFLINE, LATE_ORDER, CHECKOUT, CHECKIN, PAPER, HOLIDAY, NIGHT,
        HOME_OVERNIGHT, MULTI_DAY, APPROVED_HOLIDAY
    }

    /** A run of days that must give one day finding. */
    record Run(FindingType type, int day, int first, int endExclusive, String what) {
    }

    private static final Injection[] ORDER = {Injection.NO_ORDER, Injection.EXCEEDED, Injection.ORDER_NO_TRIP,
        Injection.ORDER_OFFLINE, Injection.LATE_ORDER, Injection.CHECKOUT, Injection.CHECKIN, Injection.PAPER,
        Injection.HOLIDAY, Injection.NIGHT, Injection.HOME_OVERNIGHT};

    private final Map<Long, Role> roles = new HashMap<>();
    private final Map<Long, Injection> injections = new HashMap<>();
    private final Map<Integer, List<Run>> runs = new HashMap<>();
    private final LocalDate from;
    private final int days;
    private final WorkCalendar calendar;

    Schedule(int vehicles, LocalDate from, int days, WorkCalendar calendar) {
        this.from = from;
        this.days = days;
        this.calendar = calendar;
        for (int k = 0; k < ORDER.length && k < vehicles; k++) {
            place(k, ORDER[k], 5 + 4 * k);
        }
        if (vehicles > 11) {
            shortOffline(11, 9);
        }
        if (vehicles > 12) {
            idle(12);
        }
        if (vehicles > 13) {
            longOffline(13);
        }
        if (vehicles > 14) {
            place(14, Injection.MULTI_DAY, 10);
        }
        if (vehicles > 15) {
            place(15, Injection.APPROVED_HOLIDAY, 20);
        }
        for (int k = 0; k < ORDER.length && 16 + k < vehicles; k++) {
            if (ORDER[k] != Injection.ORDER_OFFLINE) {
                place(16 + k, ORDER[k], 30 + 3 * k);
            }
        }
    }

    Role role(int vehicle, int day) {
        return roles.getOrDefault(key(vehicle, day), Role.NORMAL);
    }

    Injection injection(int vehicle, int day) {
        return injections.get(key(vehicle, day));
    }

    List<Run> runs(int vehicle) {
        return runs.getOrDefault(vehicle, List.of());
    }

    private void place(int vehicle, Injection what, int target) {
        boolean rest = what == Injection.HOLIDAY || what == Injection.APPROVED_HOLIDAY;
        boolean twoDays = what == Injection.HOME_OVERNIGHT || what == Injection.MULTI_DAY;
        for (int d = Math.min(target, days - 1); d < days - (twoDays ? 1 : 0); d++) {
            LocalDate date = from.plusDays(d);
            boolean ok = rest ? calendar.isRestDay(date) && (what != Injection.HOLIDAY || calendar.kindOf(date) == DayKind.HOLIDAY
                    || !hasHoliday()) : calendar.isWorkingDay(date) && (!twoDays || calendar.isWorkingDay(date.plusDays(1)));
            if (ok && d >= 1) {
                roles.put(key(vehicle, d), Role.INJECT);
                injections.put(key(vehicle, d), what);
                if (what == Injection.MULTI_DAY) {
                    roles.put(key(vehicle, d + 1), Role.SKIP);
                }
                return;
            }
        }
    }

    private boolean hasHoliday() {
        for (int d = 0; d < days; d++) {
            if (calendar.kindOf(from.plusDays(d)) == DayKind.HOLIDAY) {
                return true;
            }
        }
        return false;
    }

    /** The terminal of {@code vehicle} is dead for three days from the first working day at or after {@code target}. */
    private void shortOffline(int vehicle, int target) {
        int a = workingDayAtOrAfter(target);
        if (a < 0 || a + 3 >= days) {
            return;
        }
        offline(vehicle, a, a + 3, "terminal dead for three days");
    }

    /** Thirty-five days offline after an outing: one offline run, and no idle finding (online on too few days). */
    private void longOffline(int vehicle) {
        int a = workingDayAtOrAfter(8);
        if (a < 0 || a + 37 >= days) {
            return;
        }
        roles.put(key(vehicle, a), Role.FORCED);
        offline(vehicle, a + 1, a + 36, "terminal broken for 35 days");
    }

    private void offline(int vehicle, int first, int endExclusive, String what) {
        for (int d = first; d < endExclusive; d++) {
            roles.put(key(vehicle, d), Role.OFFLINE);
        }
        roles.put(key(vehicle, endExclusive), Role.BACK_ONLINE);
        runs.computeIfAbsent(vehicle, k -> new ArrayList<>())
                .add(new Run(FindingType.TERMINAL_OFFLINE, first, first, endExclusive, what));
    }

    /** No trip for at least 38 days between two outings, the terminal reporting every day. */
    private void idle(int vehicle) {
        int a = workingDayAtOrAfter(2);
        int b = a < 0 ? -1 : workingDayAtOrAfter(a + 38);
        if (b < 0) {
            return;
        }
        roles.put(key(vehicle, a), Role.FORCED);
        roles.put(key(vehicle, b), Role.FORCED);
        for (int d = a + 1; d < b; d++) {
            roles.put(key(vehicle, d), Role.IDLE);
        }
        runs.computeIfAbsent(vehicle, k -> new ArrayList<>())
                .add(new Run(FindingType.IDLE_VEHICLE, a + 1, a + 1, b, "parked at the base for " + (b - a - 1) + " days"));
    }

    private int workingDayAtOrAfter(int d) {
        for (int k = d; k < days; k++) {
            if (calendar.isWorkingDay(from.plusDays(k))) {
                return k;
            }
        }
        return -1;
    }

    private static long key(int vehicle, int day) {
        return ((long) vehicle << 32) | day;
    }
}
