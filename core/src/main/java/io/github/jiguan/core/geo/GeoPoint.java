package io.github.jiguan.core.geo;

import io.github.jiguan.core.Checks;

/**
 * A position on the WGS-84 ellipsoid in signed decimal degrees: north and east positive.
 *
 * <p>Distances use the haversine formula on a sphere of {@link Haversine#EARTH_RADIUS_M}; over
 * the distances a county fleet covers the error against the ellipsoid stays under 0.5%.
 *
 * @param latitude  degrees in [-90, 90]
 * @param longitude degrees in [-180, 180]
 */
public record GeoPoint(double latitude, double longitude) {

    /** Validates the coordinates. */
    public GeoPoint {
        Checks.inRange("latitude", latitude, -90, 90);
        Checks.inRange("longitude", longitude, -180, 180);
    }

    /** Creates a point from signed degrees. */
    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }

    /** Whether the pair is a valid position: finite, within range and not the (0, 0) placeholder. */
    public static boolean isPosition(double latitude, double longitude) {
        return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180
                && !(latitude == 0 && longitude == 0);
    }

    /** Great-circle distance to {@code other} in metres. */
    public double distanceTo(GeoPoint other) {
        return Haversine.metres(latitude, longitude, other.latitude, other.longitude);
    }

    /** The point as {@code "lat,lon"}, e.g. {@code "38.041,114.514"}. */
    @Override
    public String toString() {
        return latitude + "," + longitude;
    }
}
