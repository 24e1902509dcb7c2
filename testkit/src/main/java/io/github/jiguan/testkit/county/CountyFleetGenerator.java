package io.github.jiguan.testkit.county;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.fleet.DispatchChannel;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.OrderStatus;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.FixColumns;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a realistic county fleet: vehicles based at the agencies of a county seat in Hebei,
 * driving out to the townships on working days on dispatch orders, parked at the base at night,
 * with terminals that report every {@code movingInterval} while moving and every 30 minutes while
 * parked, through the holidays of the {@link WorkCalendar}.
 *
 * <p>Noise that must not give findings: red-light halts, tunnels without fixes, GPS glitches tens
 * of kilometres away, invalid (0, 0) fixes, duplicate rows, blind-area re-uploads hours late (their
 * rows come at the end of the day's rows), terminals that do not report ACC, cancelled orders,
 * two-day orders with a night away, approved holiday use and use on weekend days made working
 * days. Injected violations, one or more of each finding type, are returned in
 * {@link SampleFleet#injected()} with the finding each must produce; those that need more vehicles
 * or days than asked for are left out.
 *
 * <p>The same settings and seed give the same data. Immutable and thread-safe; each
 * {@link #generate} call is independent.
 */
public final class CountyFleetGenerator {

    static final GeoPoint SEAT = GeoPoint.of(38.0428, 114.5149);
    private static final String[] AGENCIES = {"A01", "A02", "A03", "A04", "A05", "A06"};
    private static final String[] TOWNS = {"城关镇", "北关乡", "南营镇", "东王庄乡", "西柏坡镇", "石门乡", "马村镇", "高庄乡",
        "李家庄乡", "杜村镇", "新城镇", "河口乡"};
    private static final String[] PURPOSES = {"调研", "检查指导", "会议", "送文件", "督查", "慰问", "项目验收"};
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 3_600_000L;

    private final int vehicleCount;
    private final LocalDate from;
    private final int days;
    private final long seed;
    private final long movingInterval;
    private final WorkCalendar calendar;

    private CountyFleetGenerator(Builder b) {
        this.vehicleCount = b.vehicles;
        this.from = b.from;
        this.days = b.days;
        this.seed = b.seed;
        this.movingInterval = b.movingInterval.toMillis();
        this.calendar = b.calendar;
    }

    /** Starts a generator with the defaults: 30 vehicles, 63 days from 2025-01-06, seed 1, fixes every 30 s while moving. */
    public static Builder builder() {
        return new Builder();
    }

    /** The audit period the data covers. */
    public AuditPeriod period() {
        return AuditPeriod.of(from, from.plusDays(days));
    }

    /** Generates the data, sending every fix to {@code sink} day by day. */
    public SampleFleet generate(FixSink sink) {
        return new Run(sink).generate();
    }

    /** One generation: the state of every simulated vehicle. */
    private final class Run {
        final FixSink sink;
        final SplittableRandom random = new SplittableRandom(seed);
        final List<Vehicle> vehicles = new ArrayList<>();
        final List<DispatchOrder> orders = new ArrayList<>();
        final List<Injected> injected = new ArrayList<>();
        final List<Sim> sims = new ArrayList<>();
        final List<long[]> lateRows = new ArrayList<>();
        final List<Sim> lateSims = new ArrayList<>();
        final GeoPoint[] towns = new GeoPoint[TOWNS.length];
        final Schedule schedule;
        long fixes;
        int orderSeq;

        Run(FixSink sink) {
            this.sink = sink;
            for (int i = 0; i < towns.length; i++) {
                double angle = 2 * Math.PI * i / towns.length + random.nextDouble() * 0.3;
                double km = 6 + random.nextDouble() * 26;
                towns[i] = offset(SEAT, km * 1000 * Math.cos(angle), km * 1000 * Math.sin(angle));
            }
            for (int v = 0; v < vehicleCount; v++) {
                String id = String.format("V%04d", v + 1);
                String agency = AGENCIES[v % AGENCIES.length];
                int a = v % AGENCIES.length;
                GeoPoint base = offset(SEAT, 400.0 * (a % 3) - 400, 500.0 * (a / 3) - 250);
                VehicleCategory category = v % 7 == 0 ? VehicleCategory.LAW_ENFORCEMENT
                        : v % 11 == 0 ? VehicleCategory.EMERGENCY : VehicleCategory.GENERAL;
                vehicles.add(Vehicle.builder(id, Plate.of(plate(v)), agency, category).base(base).build());
                sims.add(new Sim(id, base, v % 10 < 7, from.atStartOfDay(ChinaTime.ZONE).toInstant().toEpochMilli()));
            }
            schedule = new Schedule(vehicleCount, from, days, calendar);
        }

        SampleFleet generate() {
            for (int v = 0; v < vehicleCount; v++) {
                for (Schedule.Run run : schedule.runs(v)) {
                    inject(run.type(), sims.get(v).id, "", at(from.plusDays(run.first()), LocalTime.MIDNIGHT),
                            at(from.plusDays(run.endExclusive()), LocalTime.MIDNIGHT), run.what());
                }
            }
            for (int d = 0; d < days; d++) {
                LocalDate date = from.plusDays(d);
                for (int v = 0; v < vehicleCount; v++) {
                    day(v, d, date);
                }
                flushLate();
            }
            return new SampleFleet(vehicles, orders, period(), injected, fixes);
        }

        /** Everything vehicle {@code v} does on {@code date}, ending parked at midnight. */
        void day(int v, int d, LocalDate date) {
            Sim s = sims.get(v);
            long midnight = at(date.plusDays(1), LocalTime.MIDNIGHT);
            Schedule.Role role = schedule.role(v, d);
            boolean working = calendar.isWorkingDay(date);
            switch (role) {
                case OFFLINE -> s.offline = true;
                case BACK_ONLINE -> s.offline = false;
                default -> { }
            }
            switch (role) {
                case IDLE, OFFLINE, SKIP -> s.parkUntil(midnight);
                case FORCED -> outing(s, date, Variant.NORMAL);
                case INJECT -> inject(s, v, d, date);
                default -> {
                    boolean outing = working && (random.nextDouble() < 0.55 || s.workingDaysSinceOuting >= 5);
                    if (outing) {
                        outing(s, date, Variant.NORMAL);
                    } else {
                        if (working) {
                            s.workingDaysSinceOuting++;
                        }
                        if (working && random.nextDouble() < 0.04) {
                            cancelledOrder(s, date);
                        }
                    }
                }
            }
            s.parkUntil(midnight);
        }

        /** The kinds of outing. */
        enum Variant {
            NORMAL, NO_ORDER, EXCEEDED, LATE_ORDER, CHECKOUT, CHECKIN, PAPER, HOLIDAY, APPROVED_HOLIDAY, NIGHT
        }

        /** A round trip to a township on an order; the variant says what is wrong with it. */
        void outing(Sim s, LocalDate date, Variant variant) {
            long depart = variant == Variant.NIGHT ? at(date, LocalTime.of(22, 20))
                    : at(date, LocalTime.of(8, 0)) + random.nextLong(6 * 60) * MINUTE;
            GeoPoint town = variant == Variant.EXCEEDED ? far(s.base) : towns[random.nextInt(towns.length)];
            s.parkUntil(depart);
            double kmh = 40 + random.nextDouble() * 30;
            long[] out = s.drive(town, kmh, true);
            long dwell = (40 + random.nextLong(110)) * MINUTE;
            List<long[]> trips = new ArrayList<>();
            trips.add(out);
            if (variant == Variant.NORMAL && random.nextDouble() < 0.15) {
                s.parkUntil(s.time + dwell / 2);
                trips.add(s.drive(towns[random.nextInt(towns.length)], kmh, true));
            }
            s.parkUntil(s.time + dwell);
            long[] back = s.drive(s.base, kmh, true);
            trips.add(back);
            s.workingDaysSinceOuting = 0;
            if (variant == Variant.NO_ORDER) {
                for (long[] t : trips) {
                    inject(FindingType.TRIP_WITHOUT_ORDER, s.id, "", t[0], t[1], "outing with no order");
                }
                return;
            }
            long first = out[0];
            long arrival = back[1];
            long plannedStart = depart - random.nextLong(20) * MINUTE;
            long plannedEnd = arrival + random.nextLong(25) * MINUTE;
            Long checkout = random.nextDouble() < 0.8 ? depart + (random.nextLong(16) - 8) * MINUTE : null;
            Long checkin = random.nextDouble() < 0.8 ? arrival + (random.nextLong(16) - 8) * MINUTE : null;
            long created = depart - (1 + random.nextLong(20)) * HOUR;
            DispatchChannel channel = DispatchChannel.ONLINE;
            boolean approved = false;
            String id = nextOrderId(date);
            switch (variant) {
                case EXCEEDED -> {
                    checkin = null;
                    plannedEnd = arrival - 50 * MINUTE;
                    inject(FindingType.ORDER_WINDOW_EXCEEDED, s.id, id, back[0], back[1],
                            "planned end 50 min before the return trip ends, no check-in");
                }
                case LATE_ORDER -> {
                    created = depart + 40 * MINUTE;
                    inject(FindingType.DISPATCH_AFTER_DEPARTURE, s.id, id, first, created, "order created 40 min after departure");
                }
                case CHECKOUT -> {
                    checkout = depart - 50 * MINUTE;
                    inject(FindingType.CHECKOUT_MISMATCH, s.id, id, checkout, first, "check-out recorded 50 min early");
                }
                case CHECKIN -> {
                    checkin = arrival + 60 * MINUTE;
                    inject(FindingType.CHECKIN_MISMATCH, s.id, id, back[1], checkin, "check-in recorded an hour late");
                }
                case PAPER -> channel = DispatchChannel.PAPER;
                case HOLIDAY, NIGHT -> {
                    for (long[] t : trips) {
                        inject(FindingType.OFF_HOURS_USE, s.id, id, t[0], t[1],
                                variant == Variant.NIGHT ? "night use without approval" : "holiday use without approval");
                    }
                }
                case APPROVED_HOLIDAY -> approved = true;
                default -> { }
            }
            if (checkout != null && checkin != null && checkin < checkout) {
                checkin = checkout;
            }
            DispatchOrder o = order(id, s.id, created, plannedStart, plannedEnd, checkout, checkin, channel, approved);
            orders.add(o);
            if (variant == Variant.PAPER) {
                inject(FindingType.PAPER_DISPATCH, s.id, id, o.windowStart().toEpochMilli(), o.windowEnd().toEpochMilli(),
                        "paper dispatch slip");
            }
        }

        void inject(Sim s, int v, int d, LocalDate date) {
            Schedule.Injection what = schedule.injection(v, d);
            long midnight = at(date.plusDays(1), LocalTime.MIDNIGHT);
            switch (what) {
                case NO_ORDER -> outing(s, date, Variant.NO_ORDER);
                case EXCEEDED -> outing(s, date, Variant.EXCEEDED);
                case LATE_ORDER -> outing(s, date, Variant.LATE_ORDER);
                case CHECKOUT -> outing(s, date, Variant.CHECKOUT);
                case CHECKIN -> outing(s, date, Variant.CHECKIN);
                case PAPER -> outing(s, date, Variant.PAPER);
                case NIGHT -> outing(s, date, Variant.NIGHT);
                case HOLIDAY -> outing(s, date, Variant.HOLIDAY);
                case APPROVED_HOLIDAY -> outing(s, date, Variant.APPROVED_HOLIDAY);
                case ORDER_NO_TRIP -> {
                    long start = at(date, LocalTime.of(9, 30));
                    String id = nextOrderId(date);
                    orders.add(order(id, s.id, start - 20 * HOUR, start, start + 2 * HOUR, null, null,
                            DispatchChannel.ONLINE, false));
                    inject(FindingType.ORDER_WITHOUT_TRIP, s.id, id, start, start + 2 * HOUR, "order, vehicle never left");
                }
                case ORDER_OFFLINE -> {
                    s.parkUntil(at(date, LocalTime.of(8, 50)));
                    s.silentUntil(at(date, LocalTime.of(13, 10)));
                    long start = at(date, LocalTime.of(10, 0));
                    String id = nextOrderId(date);
                    orders.add(order(id, s.id, start - 20 * HOUR, start, start + 2 * HOUR, null, null,
                            DispatchChannel.ONLINE, false));
                    inject(FindingType.ORDER_UNVERIFIED_OFFLINE, s.id, id, start, start + 2 * HOUR,
                            "order while the terminal was silent");
                }
                case HOME_OVERNIGHT -> homeOvernight(s, date);
                case MULTI_DAY -> multiDay(s, date);
                default -> { }
            }
            s.parkUntil(Math.max(s.time, midnight));
        }

        /** An afternoon outing that ends at the driver's home; back to the base the next morning. */
        void homeOvernight(Sim s, LocalDate date) {
            long depart = at(date, LocalTime.of(14, 0));
            s.parkUntil(depart);
            GeoPoint home = offset(s.base, 2600, -1800);
            long[] out = s.drive(towns[0], 50, true);
            s.parkUntil(s.time + 70 * MINUTE);
            long[] toHome = s.drive(home, 50, true);
            String id = nextOrderId(date);
            orders.add(order(id, s.id, depart - 5 * HOUR, depart - 10 * MINUTE, toHome[1] + 15 * MINUTE, null, null,
                    DispatchChannel.ONLINE, false));
            long stopStart = toHome[1];
            long morning = at(date.plusDays(1), LocalTime.of(7, 30));
            s.parkUntil(morning);
            long[] back = s.drive(s.base, 40, true);
            String id2 = nextOrderId(date.plusDays(1));
            orders.add(order(id2, s.id, morning - 14 * HOUR, morning - 10 * MINUTE, back[1] + 10 * MINUTE, null, null,
                    DispatchChannel.ONLINE, false));
            inject(FindingType.NOT_PARKED_AT_BASE, s.id, "", stopStart, back[0], "parked at home overnight");
            s.workingDaysSinceOuting = 0;
        }

        /** Two days in the prefecture city on one order: no finding. */
        void multiDay(Sim s, LocalDate date) {
            long depart = at(date, LocalTime.of(8, 30));
            s.parkUntil(depart);
            GeoPoint city = offset(SEAT, -52_000, 31_000);
            long[] out = s.drive(city, 70, true);
            s.parkUntil(at(date.plusDays(1), LocalTime.of(15, 0)));
            long[] back = s.drive(s.base, 70, true);
            orders.add(order(nextOrderId(date), s.id, depart - 24 * HOUR, depart - 15 * MINUTE, back[1] + 20 * MINUTE,
                    depart, back[1] + 5 * MINUTE, DispatchChannel.ONLINE, false));
            s.workingDaysSinceOuting = 0;
        }

        void cancelledOrder(Sim s, LocalDate date) {
            long start = at(date, LocalTime.of(14, 0));
            orders.add(DispatchOrder.builder(nextOrderId(date), s.id, Instant.ofEpochMilli(start - 22 * HOUR),
                    Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + 2 * HOUR)).status(OrderStatus.CANCELLED)
                    .destination(TOWNS[random.nextInt(TOWNS.length)]).purpose("取消").build());
        }

        GeoPoint far(GeoPoint base) {
            return offset(base, 21_000, 9_000);
        }

        DispatchOrder order(String id, String vehicle, long created, long plannedStart, long plannedEnd, Long out,
                            Long in, DispatchChannel channel, boolean approved) {
            return DispatchOrder.builder(id, vehicle, Instant.ofEpochMilli(created), Instant.ofEpochMilli(plannedStart),
                            Instant.ofEpochMilli(Math.max(plannedStart, plannedEnd)))
                    .checked(out == null ? null : Instant.ofEpochMilli(out), in == null ? null : Instant.ofEpochMilli(in))
                    .channel(channel).offHoursApproved(approved).destination(TOWNS[random.nextInt(TOWNS.length)])
                    .purpose(PURPOSES[random.nextInt(PURPOSES.length)]).build();
        }

        String nextOrderId(LocalDate date) {
            return String.format("PC%s%05d", date.toString().replace("-", ""), ++orderSeq);
        }

        void inject(FindingType type, String vehicle, String order, long start, long end, String what) {
            injected.add(new Injected(type, vehicle, order, Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), what));
        }

        void flushLate() {
            for (int i = 0; i < lateRows.size(); i++) {
                long[] r = lateRows.get(i);
                Sim s = lateSims.get(i);
                sink.accept(s.id, r[0], Double.longBitsToDouble(r[1]), Double.longBitsToDouble(r[2]),
                        Double.longBitsToDouble(r[3]), (int) r[4], Acc.values()[(int) r[5]], true, r[6]);
                fixes++;
            }
            lateRows.clear();
            lateSims.clear();
        }

        /** One simulated vehicle and its terminal. */
        final class Sim {
            final String id;
            final GeoPoint base;
            final boolean reportsAcc;
            long time;
            double lat;
            double lon;
            boolean offline;
            int workingDaysSinceOuting;
            long lastFix = Long.MIN_VALUE;

            Sim(String id, GeoPoint base, boolean reportsAcc, long start) {
                this.id = id;
                this.base = base;
                this.reportsAcc = reportsAcc;
                this.time = start;
                GeoPoint spot = offset(base, random.nextDouble() * 40 - 20, random.nextDouble() * 40 - 20);
                this.lat = spot.latitude();
                this.lon = spot.longitude();
            }

            /** Stays here until {@code until}, reporting every 30 minutes (a little jitter). */
            void parkUntil(long until) {
                if (until <= time) {
                    return; // already later (an outing ran past midnight)
                }
                long t = lastFix == time ? time + 30 * MINUTE : time;
                while (t < until) {
                    emit(t, lat, lon, 0, 0, Acc.OFF, false);
                    if (random.nextDouble() < 0.01) {
                        emitRaw(t + 5 * MINUTE, 0, 0, 0, 0, Acc.OFF, false, FixColumns.NO_TIME);
                    }
                    t += 30 * MINUTE - random.nextLong(60) * 1000; // terminals report whole seconds
                }
                time = until;
            }

            /** Stays here without any report until {@code until}. */
            void silentUntil(long until) {
                boolean was = offline;
                offline = true;
                parkUntil(until);
                offline = was;
            }

            /**
             * Drives straight to {@code to}, with a red light now and then, a tunnel on long legs, a
             * glitch or a duplicate now and then; returns {first moving fix, arrival fix}.
             */
            long[] drive(GeoPoint to, double kmh, boolean noise) {
                double fromLat = lat;
                double fromLon = lon;
                double dist = io.github.jiguan.core.geo.Haversine.metres(lat, lon, to.latitude(), to.longitude());
                double mps = kmh / 3.6;
                long moving = Math.max(1, Math.round(dist / mps)) * 1000;
                int heading = (int) Math.round((Math.toDegrees(Math.atan2(to.longitude() - lon, to.latitude() - lat)) + 360) % 360);
                emit(time, lat, lon, 0, heading, Acc.ON, false); // ignition on where it stood
                long haltAt = noise && dist > 3000 && random.nextDouble() < 0.5 ? (long) (moving * (0.3 + 0.4 * random.nextDouble())) : -1;
                long halt = haltAt < 0 ? 0 : (40 + random.nextLong(110)) * 1000;
                long tunnelAt = noise && dist > 10_000 && random.nextDouble() < 0.3 ? moving / 2 : -1;
                long tunnel = (4 + random.nextLong(5)) * MINUTE;
                boolean blind = noise && random.nextDouble() < 0.05;
                long start = time;
                long total = moving + halt;
                long first = -1;
                for (long e = movingInterval; e < total; e += movingInterval) {
                    long m = haltAt >= 0 && e > haltAt ? Math.max(haltAt, e - halt) : e;
                    if (tunnelAt >= 0 && m > tunnelAt && m < tunnelAt + tunnel) {
                        continue;
                    }
                    double f = (double) m / moving;
                    double speed = haltAt >= 0 && e > haltAt && e <= haltAt + halt ? 0 : kmh;
                    long t = start + e;
                    double la = fromLat + f * (to.latitude() - fromLat);
                    double lo = fromLon + f * (to.longitude() - fromLon);
                    if (first < 0) {
                        first = t;
                    }
                    long received = blind && e > total / 3 && e < 2 * total / 3 ? t + 3 * HOUR : FixColumns.NO_TIME;
                    if (received != FixColumns.NO_TIME && !offline) {
                        lateRows.add(new long[] {t, Double.doubleToLongBits(la), Double.doubleToLongBits(lo),
                            Double.doubleToLongBits(speed), heading, reportsAcc ? Acc.ON.ordinal() : Acc.UNKNOWN.ordinal(), received});
                        lateSims.add(this);
                        lastFix = t;
                    } else {
                        emit(t, la, lo, speed, heading, Acc.ON, true);
                    }
                    if (noise && random.nextDouble() < 0.004) {
                        GeoPoint g = offset(SEAT, 20_000 + random.nextDouble() * 20_000, -30_000 + random.nextDouble() * 20_000);
                        emitRaw(t + movingInterval / 3, g.latitude(), g.longitude(), kmh, heading, Acc.ON, true,
                                FixColumns.NO_TIME);
                    }
                    if (noise && random.nextDouble() < 0.003) {
                        emit(t, la, lo, speed, heading, Acc.ON, true);
                    }
                }
                time = start + total;
                lat = to.latitude() + (random.nextDouble() - 0.5) * 1e-4;
                lon = to.longitude() + (random.nextDouble() - 0.5) * 1e-4;
                emit(time, lat, lon, 0, heading, Acc.ON, true);
                if (first < 0) {
                    first = time;
                }
                return new long[] {first, time};
            }

            void emit(long t, double la, double lo, double speed, int heading, Acc acc, boolean moving) {
                double n = moving ? 4e-5 : 1e-5;
                emitRaw(t, la + (random.nextDouble() - 0.5) * n, lo + (random.nextDouble() - 0.5) * n, speed, heading, acc,
                        true, FixColumns.NO_TIME);
            }

            void emitRaw(long t, double la, double lo, double speed, int heading, Acc acc, boolean valid, long received) {
                lastFix = t;
                if (offline) {
                    return;
                }
                sink.accept(id, t, la, lo, speed, heading, reportsAcc ? acc : Acc.UNKNOWN, valid, received);
                fixes++;
            }
        }
    }

    long at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ChinaTime.ZONE).toInstant().toEpochMilli();
    }

    static GeoPoint offset(GeoPoint from, double north, double east) {
        double m = io.github.jiguan.core.geo.Haversine.EARTH_RADIUS_M * Math.PI / 180;
        return GeoPoint.of(from.latitude() + north / m,
                from.longitude() + east / (m * Math.cos(Math.toRadians(from.latitude()))));
    }

    static String plate(int v) {
        return "冀A" + (v % 10 == 9 ? "D" : "") + String.format("%05d", 10_000 + v);
    }

    /** Configures a {@link CountyFleetGenerator}. */
    public static final class Builder {
        private int vehicles = 30;
        private LocalDate from = LocalDate.of(2025, 1, 6);
        private int days = 63;
        private long seed = 1;
        private Duration movingInterval = Duration.ofSeconds(30);
        private WorkCalendar calendar = WorkCalendar.chinaOfficial();

        private Builder() {
        }

        /** The number of vehicles, 1 to 100,000 (default 30). */
        public Builder vehicles(int value) {
            this.vehicles = Checks.inRange("vehicles", value, 1, 100_000);
            return this;
        }

        /** The first day (default 2025-01-06, a Monday three weeks before the 2025 Spring Festival). */
        public Builder from(LocalDate value) {
            this.from = Checks.notNull("from", value);
            return this;
        }

        /** The number of days, 1 to 3,660 (default 63: nine weeks). */
        public Builder days(int value) {
            this.days = Checks.inRange("days", value, 1, 3660);
            return this;
        }

        /** The random seed (default 1). */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** How often a moving terminal reports, 1 s to 5 min (default 30 s). */
        public Builder movingInterval(Duration value) {
            Checks.notNull("moving interval", value);
            Checks.inRange("moving interval (s)", value.getSeconds(), 1, 300);
            this.movingInterval = value;
            return this;
        }

        /** The calendar of working days (default {@link WorkCalendar#chinaOfficial()}). */
        public Builder calendar(WorkCalendar value) {
            this.calendar = Checks.notNull("calendar", value);
            return this;
        }

        /** Builds the generator. */
        public CountyFleetGenerator build() {
            return new CountyFleetGenerator(this);
        }
    }
}
