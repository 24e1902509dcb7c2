package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.calendar.TimeInterval;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.fleet.DispatchChannel;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.geo.Haversine;
import io.github.jiguan.core.internal.LocalDays;
import io.github.jiguan.core.track.Stop;
import io.github.jiguan.core.track.Trip;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.finding.TimeSpan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of docs/reconciliation.md applied to one vehicle. Each finding comes with the kind of thing it
 * is about and a key that says when it is final, for the streaming reconciler:
 * <ul>
 *   <li>TRIP: the trip's start; final once trips starting before the key are final;</li>
 *   <li>ORDER: the expanded window's end; final once every trip that could overlap it is;</li>
 *   <li>STAY: the end of the stay (NOT_PARKED_AT_BASE), final once it is before the horizon;
 *       {@link Long#MAX_VALUE} while it is open;</li>
 *   <li>DAYS: the number of leading period days that must be final.</li>
 * </ul>
 * Stateless apart from its settings; thread-safe.
 */
final class VehicleAudit {

    /** What a finding is about, for finality. */
    enum Kind { TRIP, ORDER, STAY, DAYS }

    /** A finding with its finality key. */
    record Keyed(Finding finding, Kind kind, long key) {
    }

    /** The figures of one vehicle, for its summary. */
    record Figures(int trips, double tripMetres, int orders, int vehicleDays, int offlineDays) {
    }

    /** The outcome for one vehicle. */
    record Outcome(List<Keyed> findings, Figures figures) {
    }

    static final Comparator<OrderWindow> WINDOW_ORDER = Comparator.comparing(OrderWindow::expandedStart)
            .thenComparing(OrderWindow::orderId);

    private final ReconcilePolicy policy;
    private final WorkCalendar calendar;
    private final AuditPeriod period;
    private final ZoneId zone;
    private final long periodStart;
    private final long periodEnd;
    private final List<LocalDate> dates;
    private final long firstDay;
    /** The zone's offset over the whole period, or {@link Long#MIN_VALUE} when it changes in it. */
    private final long offsetMillis;
    private final long[] checks;
    private final Map<FindingType, Citation> citations = new EnumMap<>(FindingType.class);

    VehicleAudit(ReconcilePolicy policy, WorkCalendar calendar, AuditPeriod period) {
        this.policy = policy;
        this.calendar = calendar;
        this.period = period;
        this.zone = ChinaTime.ZONE;
        this.periodStart = period.start(zone).toEpochMilli();
        this.periodEnd = period.end(zone).toEpochMilli();
        this.dates = period.dates();
        this.firstDay = period.from().toEpochDay();
        this.offsetMillis = LocalDays.fixedOffsetMillis(zone, periodStart, periodEnd);
        this.checks = dates.stream()
                .mapToLong(d -> d.atTime(policy.parkingCheck()).atZone(zone).toInstant().toEpochMilli()).toArray();
        for (FindingType t : FindingType.values()) {
            citations.put(t, t.citation(policy, calendar));
        }
    }

    /** The audit period the rules were prepared for. */
    AuditPeriod period() {
        return period;
    }

    /**
     * Applies every rule.
     *
     * @param windows    the vehicle's orders that are not cancelled, sorted by {@link #WINDOW_ORDER}
     * @param nightsFrom nights checked before this moment (epoch ms) are skipped: already reported
     */
    Outcome run(Vehicle vehicle, List<OrderWindow> windows, TrackFacts facts, long nightsFrom) {
        return run(vehicle, windows, facts, nightsFrom, Carried.NONE, true);
    }

    /**
     * What a streaming evaluation dropped from its facts but the figures and day rules still count:
     * the trips and orders before those it holds, in time order.
     *
     * @param tripDays   period days (by index) with a dropped trip
     * @param trips      dropped trips that start in the period
     * @param tripMetres their distance, summed in time order
     * @param orders     dropped orders whose window starts in the period
     * @param from       trip and order findings with a finality key before this are already out:
     *                   not made again
     * @param upTo       findings with a key at or after this cannot be final yet: not made, nor
     *                   nights checked at or after it; {@link Long#MAX_VALUE} for all
     * @param daysAfter  day-run findings with a key at or before this are already out: not made again
     * @param daysUpTo   day-run findings with a key after this cannot be final yet: not made
     */
    record Carried(BitSet tripDays, int trips, double tripMetres, int orders, long from, long upTo, int daysAfter,
                   int daysUpTo) {
        static final Carried NONE = new Carried(new BitSet(), 0, 0, 0, Long.MIN_VALUE, Long.MAX_VALUE,
                Integer.MIN_VALUE, Integer.MAX_VALUE);

        /** Whether a day-run finding with this key is still to be judged. */
        boolean judgesDays(int key) {
            return key > daysAfter && key <= daysUpTo;
        }

        /** Whether a trip or order finding with this key is still to be judged. */
        boolean judges(long key) {
            return key >= from && (upTo == Long.MAX_VALUE || key < upTo);
        }
    }

    /**
     * Applies every rule to what a streaming evaluation still holds.
     *
     * @param carried  what was dropped from {@code facts} but still counts
     * @param withDays whether to apply the day rules (and count the days); without them the day
     *                 figures are zero
     */
    Outcome run(Vehicle vehicle, List<OrderWindow> windows, TrackFacts facts, long nightsFrom, Carried carried,
                boolean withDays) {
        List<Trip> trips = facts.trips();
        int[] assoc = associate(trips, windows);
        List<Keyed> out = new ArrayList<>();
        Figures figures = tripFindings(vehicle, trips, windows, assoc, carried, out);
        int orders = carried.orders() + orderFindings(vehicle, trips, windows, assoc, facts, carried, out);
        long nightsTo = carried.upTo();
        vehicle.base().ifPresent(base -> parkingFindings(vehicle, base, windows, facts, nightsFrom, nightsTo, out));
        int[] days = withDays ? dayFindings(vehicle, trips, carried, facts.onlineDays(period.from(), dates.size()), out)
                : new int[2];
        return new Outcome(out, new Figures(figures.trips(), figures.tripMetres(), orders, days[0], days[1]));
    }

    /** Marks the period days (by index) that {@code trip} touches. */
    void markTripDays(Trip trip, BitSet days) {
        int a = Math.max(0, dayIndex(trip.start().toEpochMilli()));
        int b = Math.min(dates.size() - 1, dayIndex(trip.end().toEpochMilli()));
        if (a <= b) {
            days.set(a, b + 1);
        }
    }

    /** The period day (by index) of a moment: -1 before the period, the day count after it. */
    private int dayIndex(long epochMillis) {
        if (epochMillis < periodStart) {
            return -1;
        }
        if (epochMillis >= periodEnd) {
            return dates.size();
        }
        long day = offsetMillis != Long.MIN_VALUE ? Math.floorDiv(epochMillis + offsetMillis, LocalDays.MILLIS_PER_DAY)
                : LocalDays.epochDay(epochMillis, zone);
        return (int) (day - firstDay);
    }

    /** For each trip, the index of the window it overlaps most (ties: earlier window, then order id), or -1. */
    static int[] associate(List<Trip> trips, List<OrderWindow> windows) {
        int n = windows.size();
        long[] es = new long[n];
        long[] ee = new long[n];
        long[] maxEe = new long[n];
        for (int w = 0; w < n; w++) {
            es[w] = windows.get(w).expandedStart().toEpochMilli();
            ee[w] = windows.get(w).expandedEnd().toEpochMilli();
            maxEe[w] = w == 0 ? ee[w] : Math.max(maxEe[w - 1], ee[w]);
        }
        int[] assoc = new int[trips.size()];
        for (int k = 0; k < trips.size(); k++) {
            long s = trips.get(k).start().toEpochMilli();
            long e = trips.get(k).end().toEpochMilli();
            int best = -1;
            long bestOverlap = -1;
            for (int w = lastAtOrBefore(es, e); w >= 0 && maxEe[w] >= s; w--) {
                if (ee[w] >= s) {
                    long overlap = Math.min(e, ee[w]) - Math.max(s, es[w]);
                    if (overlap >= bestOverlap) {
                        best = w;
                        bestOverlap = overlap;
                    }
                }
            }
            assoc[k] = best;
        }
        return assoc;
    }

    private Figures tripFindings(Vehicle v, List<Trip> trips, List<OrderWindow> windows, int[] assoc, Carried carried,
                                 List<Keyed> out) {
        int count = carried.trips();
        double metres = carried.tripMetres();
        for (int k = 0; k < trips.size(); k++) {
            Trip trip = trips.get(k);
            long start = trip.start().toEpochMilli();
            if (start < periodStart || start >= periodEnd) {
                continue;
            }
            count++;
            metres += trip.distanceMetres();
            if (!carried.judges(start)) {
                continue;
            }
            OrderWindow w = assoc[k] < 0 ? null : windows.get(assoc[k]);
            if (w == null) {
                add(out, Kind.TRIP, start, FindingType.TRIP_WITHOUT_ORDER, v, null, trip.start(), trip.end(),
                        new TripWithoutOrder(trip, policy.orderTolerance()));
            } else if (!trip.isInside(w.expandedStart(), w.expandedEnd())) {
                Duration before = trip.start().isBefore(w.expandedStart())
                        ? Duration.between(trip.start(), w.expandedStart()) : Duration.ZERO;
                Duration after = trip.end().isAfter(w.expandedEnd())
                        ? Duration.between(w.expandedEnd(), trip.end()) : Duration.ZERO;
                add(out, Kind.TRIP, start, FindingType.ORDER_WINDOW_EXCEEDED, v, w.orderId(), trip.start(), trip.end(),
                        new OrderWindowExceeded(trip, window(w), expanded(w), policy.orderTolerance(), before, after));
            }
            List<OffHoursUse.Part> parts = offHoursParts(trip);
            if (!parts.isEmpty() && (w == null || !w.order().offHoursApproved())) {
                add(out, Kind.TRIP, start, FindingType.OFF_HOURS_USE, v, w == null ? null : w.orderId(),
                        trip.start(), trip.end(), new OffHoursUse(trip, parts, calendar.nightStart(), calendar.nightEnd(),
                                w != null));
            }
        }
        return new Figures(count, metres, 0, 0, 0);
    }

    private int orderFindings(Vehicle v, List<Trip> trips, List<OrderWindow> windows, int[] assoc, TrackFacts facts,
                              Carried carried, List<Keyed> out) {
        int n = windows.size();
        int[] first = new int[n];
        int[] last = new int[n];
        java.util.Arrays.fill(first, -1);
        for (int k = 0; k < trips.size(); k++) {
            int w = assoc[k];
            if (w >= 0) {
                if (first[w] < 0) {
                    first[w] = k;
                }
                last[w] = k;
            }
        }
        int count = 0;
        for (int w = 0; w < n; w++) {
            OrderWindow win = windows.get(w);
            long ws = win.start().toEpochMilli();
            if (ws < periodStart || ws >= periodEnd) {
                continue;
            }
            count++;
            long key = win.expandedEnd().toEpochMilli();
            if (!carried.judges(key)) {
                continue;
            }
            DispatchOrder o = win.order();
            if (o.channel() == DispatchChannel.PAPER) {
                add(out, Kind.ORDER, key, FindingType.PAPER_DISPATCH, v, o.orderId(), win.start(), win.end(),
                        new PaperDispatch(window(win), o.createdAt()));
            }
            if (!anyTripOverlaps(trips, win.expandedStart().toEpochMilli(), key)) {
                boolean online = facts.hasFixBetween(ws, win.end().toEpochMilli());
                FindingType type = online ? FindingType.ORDER_WITHOUT_TRIP : FindingType.ORDER_UNVERIFIED_OFFLINE;
                add(out, Kind.ORDER, key, type, v, o.orderId(), win.start(), win.end(),
                        new OrderWithoutTrip(window(win), expanded(win), policy.orderTolerance(), online));
            }
            if (first[w] >= 0) {
                associatedFindings(v, win, trips.get(first[w]), trips.get(last[w]), key, out);
            }
        }
        return count;
    }

    private void associatedFindings(Vehicle v, OrderWindow win, Trip firstTrip, Trip lastTrip, long key,
                                    List<Keyed> out) {
        DispatchOrder o = win.order();
        Instant departure = firstTrip.start();
        if (o.createdAt().isAfter(departure.plus(policy.dispatchGrace()))) {
            add(out, Kind.ORDER, key, FindingType.DISPATCH_AFTER_DEPARTURE, v, o.orderId(), departure, o.createdAt(),
                    new DispatchAfterDeparture(o.createdAt(), firstTrip, Duration.between(departure, o.createdAt()),
                            policy.dispatchGrace()));
        }
        if (o.checkoutAt().isPresent()) {
            Instant out1 = o.checkoutAt().get();
            Duration diff = Duration.between(out1, departure).abs();
            if (diff.compareTo(policy.checkoutTolerance()) > 0) {
                add(out, Kind.ORDER, key, FindingType.CHECKOUT_MISMATCH, v, o.orderId(), earlier(out1, departure),
                        later(out1, departure),
                        new RecordedTimeMismatch(out1, departure, firstTrip, diff, policy.checkoutTolerance()));
            }
        }
        if (o.checkinAt().isPresent()) {
            Instant in = o.checkinAt().get();
            Instant back = lastTrip.end();
            Duration diff = Duration.between(in, back).abs();
            if (diff.compareTo(policy.checkinTolerance()) > 0) {
                add(out, Kind.ORDER, key, FindingType.CHECKIN_MISMATCH, v, o.orderId(), earlier(in, back), later(in, back),
                        new RecordedTimeMismatch(in, back, lastTrip, diff, policy.checkinTolerance()));
            }
        }
    }

    /** A stay at a place over one or more night checks. */
    private static final class Stay {
        final long start;
        final long end;
        final NotParkedAtBase.Stay how;
        final List<LocalDate> nights = new ArrayList<>();
        double maxDistance;
        GeoPoint position;

        Stay(long start, long end, NotParkedAtBase.Stay how) {
            this.start = start;
            this.end = end;
            this.how = how;
        }
    }

    private void parkingFindings(Vehicle v, GeoPoint base, List<OrderWindow> windows, TrackFacts facts,
                                 long nightsFrom, long nightsTo, List<Keyed> out) {
        Map<Long, Stay> stays = new LinkedHashMap<>();
        for (int i = 0; i < checks.length; i++) {
            long tau = checks[i];
            if (tau < nightsFrom || tau < periodStart || tau >= periodEnd || (nightsTo != Long.MAX_VALUE && tau >= nightsTo)) {
                continue;
            }
            LocalDate night = dates.get(i);
            if (!v.isInServiceOn(night)) {
                continue;
            }
            Instant check = Instant.ofEpochMilli(tau);
            if (isMoving(facts.trips(), check)
                    || coveredByWindow(windows, check)) {
                continue;
            }
            TrackFacts.Known known = facts.lastKnown(tau);
            if (known == null) {
                continue;
            }
            double d = Haversine.metres(known.latitude(), known.longitude(), base.latitude(), base.longitude());
            if (d <= policy.baseRadiusMetres()) {
                continue;
            }
            Stop stop = stopContaining(facts.stops(), check);
            Stay stay;
            if (stop != null) {
                long end = stop.left() == null ? Long.MAX_VALUE : stop.left().toEpochMilli();
                stay = stays.computeIfAbsent(stop.start().toEpochMilli(), s -> new Stay(s, end, NotParkedAtBase.Stay.STOP));
            } else {
                long end = known.nextTime() == TrackFacts.Known.NONE ? Long.MAX_VALUE : known.nextTime();
                stay = stays.computeIfAbsent(known.time(), s -> new Stay(s, end, NotParkedAtBase.Stay.LAST_POSITION));
            }
            stay.nights.add(night);
            if (stay.position == null) {
                stay.position = GeoPoint.of(known.latitude(), known.longitude());
            }
            stay.maxDistance = Math.max(stay.maxDistance, d);
        }
        for (Stay s : stays.values()) {
            Instant end = s.end == Long.MAX_VALUE ? Instant.ofEpochMilli(Math.max(periodEnd, s.start))
                    : Instant.ofEpochMilli(s.end);
            add(out, Kind.STAY, s.end, FindingType.NOT_PARKED_AT_BASE, v, null, Instant.ofEpochMilli(s.start), end,
                    new NotParkedAtBase(s.nights, policy.parkingCheck(), s.how, s.end == Long.MAX_VALUE, s.position,
                            base, s.maxDistance, policy.baseRadiusMetres()));
        }
    }

    /** Returns {in-service days, offline days} and adds the day-run findings. */
    private int[] dayFindings(Vehicle v, List<Trip> trips, Carried carried, BitSet online, List<Keyed> out) {
        int n = dates.size();
        BitSet hasTrip = (BitSet) carried.tripDays().clone();
        for (Trip t : trips) {
            markTripDays(t, hasTrip);
        }
        // In service from the first day not before inServiceFrom to the last before inServiceUntil.
        int from = (int) Math.max(0, Math.min(n, v.inServiceFrom().map(d -> d.toEpochDay() - firstDay).orElse(0L)));
        int until = (int) Math.max(from, Math.min(n, v.inServiceUntil().map(d -> d.toEpochDay() - firstDay)
                .orElse((long) n)));
        int serviceDays = until - from;
        int offline = serviceDays - online.get(from, until).cardinality();
        // Only runs whose key is still to be judged: ending on day daysAfter - 1 or later, and (being
        // judged only when the day after them is final) ending before day daysUpTo - 1, so a scan
        // from the run that holds the first such day up to day daysUpTo finds each of them whole.
        int first = (int) Math.max(from, (long) carried.daysAfter() - 1);
        int lim = (int) Math.min(until, Math.max(0, (long) carried.daysUpTo()));
        int d = first;
        while (d > from && d < lim && !online.get(d) && !online.get(d - 1)) {
            d--;
        }
        while (d < lim) {
            if (online.get(d)) {
                d++;
                continue;
            }
            int e = d;
            while (e + 1 < lim && !online.get(e + 1)) {
                e++;
            }
            if (carried.judgesDays(dayKey(e))) {
                addDays(out, FindingType.TERMINAL_OFFLINE, v, dates, d, e,
                        new TerminalOffline(dates.get(d), dates.get(e), e - d + 1));
            }
            d = e + 1;
        }
        d = first;
        while (d > from && d < lim && !hasTrip.get(d) && !hasTrip.get(d - 1)) {
            d--;
        }
        while (d < lim) {
            if (hasTrip.get(d)) {
                d++;
                continue;
            }
            int e = d;
            int on = online.get(d) ? 1 : 0;
            while (e + 1 < lim && !hasTrip.get(e + 1)) {
                e++;
                on += online.get(e) ? 1 : 0;
            }
            int len = e - d + 1;
            if (len >= policy.idleDays() && on >= policy.idleMinOnlineShare() * len && carried.judgesDays(dayKey(e))) {
                addDays(out, FindingType.IDLE_VEHICLE, v, dates, d, e,
                        new IdleVehicle(dates.get(d), dates.get(e), len, on, policy.idleDays(),
                                policy.idleMinOnlineShare()));
            }
            d = e + 1;
        }
        return new int[] {serviceDays, offline};
    }

    private void addDays(List<Keyed> out, FindingType type, Vehicle v, List<LocalDate> dates, int a, int b,
                         Evidence e) {
        add(out, Kind.DAYS, dayKey(b), type, v, null, dates.get(a).atStartOfDay(zone).toInstant(),
                dates.get(b).plusDays(1).atStartOfDay(zone).toInstant(), e);
    }

    /**
     * The finality key of a run of days ending on period day {@code b}: how many leading days must
     * be final, the day after it included, since the run could go on into that day.
     */
    private int dayKey(int b) {
        int n = dates.size();
        return b + 1 < n ? b + 2 : n;
    }

    /**
     * Which parts of the trip fell on rest days or at night, in time order; empty when none did.
     * The trip is taken as [start, end), as {@link WorkCalendar#overlapsRestOrNight} defines the test.
     */
    private List<OffHoursUse.Part> offHoursParts(Trip trip) {
        if (!calendar.overlapsRestOrNight(trip.start(), trip.end())) {
            return List.of();
        }
        List<TimeInterval> parts = calendar.restOrNightIntervals(trip.start(), trip.end());
        if (parts.isEmpty()) {
            parts = List.of(new TimeInterval(trip.start(), trip.end()));
        }
        List<OffHoursUse.Part> out = new ArrayList<>(parts.size());
        for (TimeInterval part : parts) {
            LocalDate date = WorkCalendar.dateOf(part.start());
            OffHoursUse.Reason why = calendar.isRestDay(date) ? OffHoursUse.Reason.REST_DAY : OffHoursUse.Reason.NIGHT;
            out.add(new OffHoursUse.Part(new TimeSpan(part.start(), part.end()), date, why, calendar.kindOf(date)));
        }
        return List.copyOf(out);
    }

    private static TimeSpan window(OrderWindow w) {
        return new TimeSpan(w.start(), w.end());
    }

    private static TimeSpan expanded(OrderWindow w) {
        return new TimeSpan(w.expandedStart(), w.expandedEnd());
    }

    private void add(List<Keyed> out, Kind kind, long key, FindingType type, Vehicle v, String orderId,
                     Instant start, Instant end, Evidence e) {
        Subjects subjects = Subjects.none().withVehicle(v.id(), v.plate().display()).withOrder(orderId)
                .withAgency(v.agencyId());
        out.add(new Keyed(new Finding(type, subjects, Coverage.between(start, end), citations.get(type), e), kind, key));
    }

    private static boolean anyTripOverlaps(List<Trip> trips, long from, long to) {
        int lo = 0;
        int hi = trips.size();
        while (lo < hi) { // first trip whose end is at or after from
            int mid = (lo + hi) >>> 1;
            if (trips.get(mid).end().toEpochMilli() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < trips.size() && trips.get(lo).start().toEpochMilli() <= to;
    }

    private static boolean isMoving(List<Trip> trips, Instant moment) {
        int k = lastStartAtOrBefore(trips, Trip::start, moment);
        return k >= 0 && moment.isBefore(trips.get(k).end());
    }

    private static Stop stopContaining(List<Stop> stops, Instant moment) {
        int k = lastStartAtOrBefore(stops, Stop::start, moment);
        return k >= 0 && stops.get(k).contains(moment) ? stops.get(k) : null;
    }

    /** The index of the last element, in start order, that starts at or before {@code moment}, or -1. */
    private static <T> int lastStartAtOrBefore(List<T> sorted, java.util.function.Function<T, Instant> start,
                                               Instant moment) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (!start.apply(sorted.get(mid)).isAfter(moment)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private static boolean coveredByWindow(List<OrderWindow> windows, Instant moment) {
        for (OrderWindow w : windows) {
            if (w.expandedStart().isAfter(moment)) {
                break;
            }
            if (w.covers(moment)) {
                return true;
            }
        }
        return false;
    }

    private static int lastAtOrBefore(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
