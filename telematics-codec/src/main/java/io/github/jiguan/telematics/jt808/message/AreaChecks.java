package io.github.jiguan.telematics.jt808.message;

/** Shared checks of the geofence records. */
final class AreaChecks {

    private AreaChecks() {
    }

    /** Area coordinates are unsigned DWORDs of 1e-6 degrees. */
    static void degrees(String field, double degrees) {
        if (!(degrees >= 0 && degrees <= 4294.967295)) {
            throw new IllegalArgumentException(field + " out of range [0, 4294.967295] degrees: " + degrees);
        }
    }

    /** Both times present exactly when attribute bit 0 is set. */
    static void timeWindow(int attributes, BcdTime start, BcdTime end) {
        boolean window = (attributes & 1) != 0;
        if (window != (start != null) || window != (end != null)) {
            throw new IllegalArgumentException("start and end must be present exactly when attribute bit 0 is set: attributes="
                    + attributes + " start=" + start + " end=" + end);
        }
    }
}
