package io.github.jiguan.core.internal;

/**
 * Allocation-light formatting for bulk CSV output: ISO-8601 times with a fixed offset and decimals
 * with a fixed number of places, appended to a {@link StringBuilder}. Not public API.
 */
public final class FastFormat {

    private FastFormat() {
    }

    /**
     * Appends {@code yyyy-MM-ddTHH:mm:ss[.SSS]±HH:MM} for an instant at a fixed offset; the fraction
     * only when the milliseconds are not zero. Years 0 to 9999.
     */
    public static void time(StringBuilder out, long epochMillis, int offsetSeconds) {
        long local = Math.floorDiv(epochMillis, 1000) + offsetSeconds;
        int millis = (int) Math.floorMod(epochMillis, 1000);
        long day = Math.floorDiv(local, 86_400);
        int sec = (int) Math.floorMod(local, 86_400);
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        long z = day + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        if (m <= 2) {
            y++;
        }
        pad(out, (int) y, 4).append('-');
        pad(out, m, 2).append('-');
        pad(out, d, 2).append('T');
        pad(out, sec / 3600, 2).append(':');
        pad(out, sec / 60 % 60, 2).append(':');
        pad(out, sec % 60, 2);
        if (millis != 0) {
            out.append('.');
            pad(out, millis, 3);
        }
        if (offsetSeconds == 0) {
            out.append('Z');
            return;
        }
        int abs = Math.abs(offsetSeconds);
        out.append(offsetSeconds < 0 ? '-' : '+');
        pad(out, abs / 3600, 2).append(':');
        pad(out, abs / 60 % 60, 2);
    }

    /** Appends {@code value} rounded half away from zero to {@code places} decimals (0 to 9). */
    public static void decimal(StringBuilder out, double value, int places) {
        long scale = 1;
        for (int i = 0; i < places; i++) {
            scale *= 10;
        }
        long units = Math.round(Math.abs(value) * scale);
        if (value < 0 && units != 0) {
            out.append('-');
        }
        out.append(units / scale);
        if (places > 0) {
            out.append('.');
            pad(out, (int) (units % scale), places);
        }
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(s);
    }
}
