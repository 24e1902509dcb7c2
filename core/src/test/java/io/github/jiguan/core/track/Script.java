package io.github.jiguan.core.track;

import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.geo.Haversine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one vehicle's fixes the way a terminal reports them, for hand-built scenarios: parked
 * reports, straight drives at a constant speed, halts and silences. Times are local Asia/Shanghai.
 */
public final class Script {

    /** A county seat in Hebei, the scenarios' base. */
    public static final GeoPoint BASE = GeoPoint.of(38.0428, 114.5149);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final double M_PER_DEG = Haversine.EARTH_RADIUS_M * Math.PI / 180;

    private final String vehicleId;
    private final List<Fix> fixes = new ArrayList<>();
    private Instant now;
    private GeoPoint here;
    private Acc acc = Acc.UNKNOWN;

    private Script(String vehicleId, GeoPoint start, Instant time) {
        this.vehicleId = vehicleId;
        this.here = start;
        this.now = time;
    }

    /** A vehicle at {@code start} at local time {@code time} (such as 2025-01-06T07:00). */
    public static Script vehicle(String vehicleId, GeoPoint start, String time) {
        return new Script(vehicleId, start, t(time));
    }

    /** A local Asia/Shanghai time as an instant. */
    public static Instant t(String localTime) {
        return LocalDateTime.parse(localTime).atZone(ZONE).toInstant();
    }

    /** The point {@code north} and {@code east} metres from {@code from}. */
    public static GeoPoint offset(GeoPoint from, double north, double east) {
        double lat = from.latitude() + north / M_PER_DEG;
        double lon = from.longitude() + east / (M_PER_DEG * Math.cos(Math.toRadians(from.latitude())));
        return GeoPoint.of(lat, lon);
    }

    /** Sets the ACC reported from now on. */
    public Script acc(Acc value) {
        this.acc = value;
        return this;
    }

    /** Reports once here, now. */
    public Script report() {
        fixes.add(new Fix(vehicleId, now, here.latitude(), here.longitude(), 0, 0, acc, true, null));
        return this;
    }

    /** Reports a fix at an arbitrary point now (a glitch, say) without moving. */
    public Script reportAt(double lat, double lon, boolean valid) {
        fixes.add(new Fix(vehicleId, now, lat, lon, 0, 0, acc, valid, null));
        return this;
    }

    /** Parks for {@code duration}, reporting now and every {@code every} before the end. */
    public Script park(Duration duration, Duration every) {
        Instant end = now.plus(duration);
        if (!fixes.isEmpty() && fixes.get(fixes.size() - 1).time().equals(now)) {
            now = now.plus(every); // the arrival fix already reported this moment
        }
        while (now.isBefore(end)) {
            report();
            now = now.plus(every);
        }
        now = end;
        return this;
    }

    /** Advances time without any report. */
    public Script silence(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    /** Moves in a straight line to {@code to} at {@code kmh}, reporting every {@code every} and on arrival. */
    public Script drive(GeoPoint to, double kmh, Duration every) {
        double dist = here.distanceTo(to);
        double seconds = dist / (kmh / 3.6);
        Instant start = now;
        GeoPoint from = here;
        long step = every.toMillis();
        long total = Math.round(seconds * 1000);
        for (long ms = step; ms < total; ms += step) {
            double f = (double) ms / total;
            here = GeoPoint.of(from.latitude() + f * (to.latitude() - from.latitude()),
                    from.longitude() + f * (to.longitude() - from.longitude()));
            now = start.plusMillis(ms);
            report();
        }
        here = to;
        now = start.plusMillis(total);
        return report();
    }

    /** Where the vehicle is. */
    public GeoPoint here() {
        return here;
    }

    /** The current time. */
    public Instant now() {
        return now;
    }

    /** The fixes so far. */
    public List<Fix> fixes() {
        return List.copyOf(fixes);
    }

    /** The fixes so far as columns. */
    public FixColumns columns() {
        return FixColumns.of(vehicleId, fixes);
    }
}
