package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.geo.Haversine;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.FleetFixes;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether fixes are where their vehicles can be: a run whose positions lie far from every vehicle's
 * base would report an 有订单无轨迹 for every order and a 未按规定停放 for every night, when the
 * input is what is wrong. The check looks at the positions of vehicles that have a base (up to
 * {@value #SAMPLE} of them, spread evenly over each vehicle's rows) and counts those within
 * {@value #NEAR_KM} km of their own base, and those that would be if latitude and longitude were
 * swapped, or if the numbers were 1e-6 degrees (the JT/T 808 wire unit) rather than degrees.
 *
 * @param checked         positions looked at
 * @param near            of those, within {@value #NEAR_KM} km of their vehicle's base
 * @param nearIfSwapped   of those far, near once latitude and longitude are swapped
 * @param nearIfMicro     of those far, near once divided by 1,000,000
 */
public record InputPlausibility(long checked, long near, long nearIfSwapped, long nearIfMicro) {

    /** How far from its base a position counts as plausible, km: a province is about this wide. */
    public static final int NEAR_KM = 300;
    /** The most positions looked at: enough for a share, cheap next to reading the file. */
    public static final int SAMPLE = 100_000;

    /** Checks the fixes of {@code vehicles} in {@code fixes}. */
    public static InputPlausibility of(Collection<Vehicle> vehicles, FleetFixes fixes) {
        Checks.notNull("vehicles", vehicles);
        Checks.notNull("fixes", fixes);
        long total = Math.max(1, fixes.size());
        long checked = 0;
        long near = 0;
        long swapped = 0;
        long micro = 0;
        for (Vehicle v : vehicles) {
            Optional<GeoPoint> base = v.base();
            FixColumns c = fixes.columns(v.id());
            if (base.isEmpty() || c.size() == 0) {
                continue;
            }
            double lat = base.get().latitude();
            double lon = base.get().longitude();
            int step = (int) Math.max(1, (total + SAMPLE - 1) / SAMPLE);
            for (int i = 0; i < c.size(); i += step) {
                double a = c.latitude(i);
                double b = c.longitude(i);
                checked++;
                if (isNear(lat, lon, a, b)) {
                    near++;
                } else if (isNear(lat, lon, b, a)) {
                    swapped++;
                } else if (isNear(lat, lon, a / 1e6, b / 1e6)) {
                    micro++;
                }
            }
        }
        return new InputPlausibility(checked, near, swapped, micro);
    }

    private static boolean isNear(double baseLat, double baseLon, double lat, double lon) {
        return GeoPoint.isPosition(lat, lon) && Haversine.metres(baseLat, baseLon, lat, lon) <= NEAR_KM * 1000.0;
    }

    /** The share of the positions looked at that are far from their base; 0 when none was looked at. */
    public double farShare() {
        return checked == 0 ? 0 : (double) (checked - near) / checked;
    }

    /** Whether more than {@code maxFarShare} (0 to 1) of the positions are far from their base. */
    public boolean isImplausible(double maxFarShare) {
        Checks.inRange("max far share", maxFarShare, 0, 1);
        return farShare() > maxFarShare;
    }

    /**
     * What the check found, with the likely cause when one explains most of the far positions:
     * {@code "92% of 4,000 positions are more than 300 km from their vehicle's base; latitude and
     * longitude look swapped (they are near once swapped)"}.
     */
    public String describe() {
        long far = checked - near;
        String cause = "";
        if (far > 0 && nearIfSwapped * 2 > far) {
            cause = "; latitude and longitude look swapped (they are near once swapped)";
        } else if (far > 0 && nearIfMicro * 2 > far) {
            cause = "; the coordinates look like 1e-6 degrees, the JT/T 808 wire unit (they are near once divided"
                    + " by 1,000,000)";
        }
        return String.format(Locale.ROOT, "%.0f%% of %,d positions are more than %d km from their vehicle's base%s",
                100 * farShare(), checked, NEAR_KM, cause);
    }
}
