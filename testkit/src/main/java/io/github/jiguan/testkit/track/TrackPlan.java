package io.github.jiguan.testkit.track;

import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.geo.Haversine;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.Fix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A vehicle's plan: it stands at {@code origin} at {@code start} and does {@code steps}, one
 * after the other.
 *
 * @param origin where it starts; drives and glitches are placed relative to it
 * @param start  when it starts
 * @param steps  what it does
 */
public record TrackPlan(GeoPoint origin, Instant start, List<Step> steps) {

    private static final double M_PER_DEGREE = Haversine.EARTH_RADIUS_M * Math.PI / 180;

    /** Copies the steps. */
    public TrackPlan {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(start, "start");
        steps = List.copyOf(steps);
    }

    /** The point {@code north} and {@code east} metres from {@code from}. */
    public static GeoPoint offset(GeoPoint from, double north, double east) {
        return GeoPoint.of(from.latitude() + north / M_PER_DEGREE,
                from.longitude() + east / (M_PER_DEGREE * Math.cos(Math.toRadians(from.latitude()))));
    }

    /** The fixes vehicle {@code vehicleId}'s terminal sends for this plan, and the drives it made. */
    public Track render(String vehicleId) {
        Objects.requireNonNull(vehicleId, "vehicleId");
        Writer w = new Writer(vehicleId);
        steps.forEach(w::step);
        return new Track(vehicleId, this, w.fixes, w.drives);
    }

    /** Writes the fixes step by step. */
    private final class Writer {
        final String vehicleId;
        final List<Fix> fixes = new ArrayList<>();
        final List<Track.Drive> drives = new ArrayList<>();
        Instant now = start;
        GeoPoint here = origin;
        Acc acc = Acc.UNKNOWN;

        Writer(String vehicleId) {
            this.vehicleId = vehicleId;
        }

        void step(Step s) {
            // Java 17: no pattern matching in switch yet; the family is sealed, so this is every case.
            if (s instanceof Step.Park p) {
                park(p.duration(), p.every());
            } else if (s instanceof Step.Drive d) {
                drive(offset(origin, d.north(), d.east()), d.kmh(), d.every());
            } else if (s instanceof Step.Silence q) {
                now = now.plus(q.duration());
            } else if (s instanceof Step.Glitch g) {
                report(0);
                now = now.plusSeconds(5);
                GeoPoint far = offset(origin, g.north(), g.east());
                fixes.add(fix(far.latitude(), far.longitude(), 0, true));
                now = now.plusSeconds(5);
                report(0);
            } else if (s instanceof Step.NotAPosition n) {
                now = now.plusSeconds(3);
                fixes.add(n.atZero() ? fix(0, 0, 0, n.validFlag()) : fix(here.latitude(), here.longitude(), 0, n.validFlag()));
            } else if (s instanceof Step.Ignition i) {
                acc = i.acc();
            } else {
                report(0);
            }
        }

        Fix fix(double lat, double lon, double kmh, boolean valid) {
            return new Fix(vehicleId, now, lat, lon, kmh, 0, acc, valid, null);
        }

        void report(double kmh) {
            fixes.add(fix(here.latitude(), here.longitude(), kmh, true));
        }

        void park(Duration duration, Duration every) {
            Instant end = now.plus(duration);
            if (!fixes.isEmpty() && fixes.get(fixes.size() - 1).time().equals(now)) {
                now = now.plus(every); // the arrival fix already reported this moment
            }
            while (now.isBefore(end)) {
                report(0);
                now = now.plus(every);
            }
            now = end;
        }

        void drive(GeoPoint to, int kmh, Duration every) {
            GeoPoint from = here;
            Instant departed = now;
            long total = Math.round(from.distanceTo(to) / (kmh / 3.6) * 1000);
            long step = every.toMillis();
            for (long ms = step; ms < total; ms += step) {
                double f = (double) ms / total;
                here = GeoPoint.of(from.latitude() + f * (to.latitude() - from.latitude()),
                        from.longitude() + f * (to.longitude() - from.longitude()));
                now = departed.plusMillis(ms);
                report(kmh);
            }
            here = to;
            now = departed.plusMillis(total);
            report(0);
            drives.add(new Track.Drive(departed, now, from, to));
        }
    }
}
