package io.github.jiguan.core.internal;

/**
 * Allocation-free parsing of the two field shapes that dominate fixes.csv: ISO-8601 times with an
 * offset and plain decimal numbers. Each method handles the common form exactly and returns a
 * sentinel for anything else, so the caller falls back to the general parser ({@code Cells}), which accepts every form
 * {@code OffsetDateTime.parse} and {@code Double.parseDouble} accept and reports errors. Not public
 * API.
 */
public final class FastParse {

    /** Returned when the text is not in the fast form. */
    public static final long NOT_FAST = Long.MIN_VALUE;

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private FastParse() {
    }

    /**
     * Epoch milliseconds of {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)} with a valid date and
     * time, the fraction cut to milliseconds; {@link #NOT_FAST} for any other text, including
     * invalid dates, so that the slow path can name the problem.
     */
    public static long epochMillis(CharSequence s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return NOT_FAST;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return NOT_FAST;
        }
        int i = 19;
        int millis = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (i - start < 3) {
                    millis = millis * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            int len = i - start;
            if (len == 0 || len > 9) {
                return NOT_FAST;
            }
            for (int k = len; k < 3; k++) {
                millis *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om > 0)) {
                return NOT_FAST;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
        } else {
            return NOT_FAST;
        }
        long days = epochDay(year, month, day);
        long seconds = days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return seconds * 1000L + millis;
    }

    /**
     * A decimal {@code [-+]digits[.digits]} with at most 15 significant digits, correctly rounded
     * (the same double {@code Double.parseDouble} returns); {@link Double#NaN} for anything else.
     */
    public static double decimal(CharSequence s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = -1;
        int start = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (mantissa != 0 || c != '0') {
                    digits++;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
                if (digits > 15) {
                    return Double.NaN;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return Double.NaN;
            }
        }
        int consumed = i - start - (scale >= 0 ? 1 : 0);
        if (consumed == 0 || scale == 0) {
            return Double.NaN;
        }
        // Both the mantissa (< 2^53) and 10^scale (≤ 10^22) are exact, so one division rounds correctly.
        double v = scale > 0 ? mantissa / POW10[Math.min(scale, 22)] : mantissa;
        if (scale > 22) {
            return Double.NaN;
        }
        return negative ? -v : v;
    }

    private static int digits(CharSequence s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the algorithm of java.time.LocalDate). */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y;
        total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367L * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
                total--;
            }
        }
        return total - 719_528L;
    }
}
