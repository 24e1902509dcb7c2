package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.geo.LocalMetric;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.FleetFixes;
import java.time.Instant;

/** Writes a vehicle's fixes leg by leg: parked with a fix every 10 minutes, moving with one every 30 seconds. */
final class Drive {

    private final FixColumns.Builder fixes;
    private long t;
    private double lat;
    private double lon;

    private Drive(FleetFixes fleet, Vehicle v, Instant start, GeoPoint at) {
        this.fixes = fleet.vehicle(v.id());
        this.t = start.toEpochMilli();
        this.lat = at.latitude();
        this.lon = at.longitude();
    }

    static Drive of(FleetFixes fleet, Vehicle v, Instant start, GeoPoint at) {
        return new Drive(fleet, v, start, at);
    }

    /** Stands for {@code minutes}. */
    Drive park(int minutes) {
        for (int m = 0; m < minutes; m += 10) {
            fixes.add(t, lat, lon, 0, 0, Acc.UNKNOWN, true, FixColumns.NO_TIME);
            t += 600_000L;
        }
        return this;
    }

    /** Moves {@code north} and {@code east} metres over {@code minutes}. */
    Drive drive(double north, double east, int minutes) {
        int steps = minutes * 2;
        double dLat = north / LocalMetric.METRES_PER_DEGREE / steps;
        double dLon = east / LocalMetric.METRES_PER_DEGREE / Math.cos(Math.toRadians(lat)) / steps;
        double speed = Math.hypot(north, east) / (minutes * 60.0) * 3.6;
        for (int i = 0; i < steps; i++) {
            t += 30_000L;
            lat += dLat;
            lon += dLon;
            fixes.add(t, lat, lon, speed, 0, Acc.UNKNOWN, true, FixColumns.NO_TIME);
        }
        t += 30_000L;
        return this;
    }

    /** Goes without fixes for {@code minutes}. */
    Drive silent(long minutes) {
        t += minutes * 60_000L;
        return this;
    }
}
