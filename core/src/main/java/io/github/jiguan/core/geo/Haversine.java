package io.github.jiguan.core.geo;

/**
 * Great-circle distance on a sphere, on primitive coordinates so that bulk trajectory code does
 * not allocate a point per fix.
 */
public final class Haversine {

    /** The mean Earth radius (IUGG), in metres. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private Haversine() {
    }

    /**
     * Distance in metres between two positions given in signed degrees. Symmetric, and exactly 0
     * for equal points.
     */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        // Absolute differences make the result exactly symmetric in floating point.
        double dPhi = Math.abs(phi2 - phi1);
        double dLambda = Math.abs(Math.toRadians(lon2 - lon1));
        double sinPhi = Math.sin(dPhi * 0.5);
        double sinLambda = Math.sin(dLambda * 0.5);
        double a = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
        // Rounding can push a a hair above 1 for antipodal points; asin needs [0, 1].
        return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1.0, a)));
    }
}
