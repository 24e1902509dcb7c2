package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.track.Trip;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Builds the ordered evidence of a finding, formatting times in the policy's zone. Not thread-safe. */
final class Evidence {

    private final ZoneId zone;
    private final Map<String, String> map = new LinkedHashMap<>();

    private Evidence(ZoneId zone, FindingType type) {
        this.zone = zone;
        map.put("rule", type.chineseName() + " " + type.name() + ": " + type.rule());
    }

    static Evidence of(ZoneId zone, FindingType type) {
        return new Evidence(zone, type);
    }

    Evidence put(String key, String value) {
        map.put(key, value);
        return this;
    }

    Evidence time(String key, Instant value) {
        return put(key, time(zone, value));
    }

    Evidence interval(String key, Instant from, Instant to) {
        return put(key, time(zone, from) + "/" + time(zone, to));
    }

    Evidence minutes(String key, Duration d) {
        return put(key, minutes(d));
    }

    Evidence metres(String key, double metres) {
        return put(key, String.format(Locale.ROOT, "%.0f m", metres));
    }

    Evidence point(String key, GeoPoint p) {
        return put(key, point(p.latitude(), p.longitude()));
    }

    Evidence trip(Trip trip) {
        interval("trip", trip.start(), trip.end());
        put("trip_distance", String.format(Locale.ROOT, "%.2f km", trip.distanceMetres() / 1000));
        point("trip_from", trip.from());
        point("trip_to", trip.to());
        if (trip.ending() != Trip.Ending.STOP) {
            put("trip_ended_by", trip.ending().name());
        }
        return this;
    }

    Evidence window(OrderWindow w) {
        interval("window", w.start(), w.end());
        interval("expanded_window", w.expandedStart(), w.expandedEnd());
        return this;
    }

    Map<String, String> build() {
        return map;
    }

    static String time(ZoneId zone, Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
    }

    static String minutes(Duration d) {
        long seconds = d.getSeconds();
        if (seconds % 60 == 0) {
            return (seconds / 60) + " min";
        }
        return String.format(Locale.ROOT, "%.1f min", seconds / 60.0);
    }

    static String point(double lat, double lon) {
        return String.format(Locale.ROOT, "%.6f,%.6f", lat, lon);
    }
}
