package io.github.jiguan.core.finding;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.office.Area;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How finding sentences write their values, the same way in every audit: Beijing times without the
 * offset ({@code 2025-01-13 12:58}), intervals that do not repeat the date ({@code 2025-01-13
 * 12:58–13:40}), kilometres with one decimal, metres and yuan with thousands separators, m² as
 * the exact decimal, durations in minutes, hours or days. Used by each finding type's sentence;
 * not by the JSON, which keeps the values themselves. Stateless; thread-safe.
 */
public final class Prose {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Prose() {
    }

    /** {@code 2025-01-13 12:58}, or {@code 2025-01-13 12:58:30} when the seconds are not zero, in Beijing time. */
    public static String time(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, ChinaTime.ZONE);
        return (local.getSecond() == 0 && local.getNano() == 0 ? MINUTE : SECOND).format(local);
    }

    /** {@code 2025-01-13 12:58–13:40}; the second date is written only when it differs. */
    public static String span(Instant start, Instant end) {
        String a = time(start);
        String b = time(end);
        return a + "–" + (a.regionMatches(0, b, 0, 11) ? b.substring(11) : b);
    }

    /** Kilometres with one decimal: {@code 26.2 km}. */
    public static String km(double metres) {
        return String.format(Locale.ROOT, "%.1f km", metres / 1000);
    }

    /** Whole metres with thousands separators: {@code 1,010 m}. */
    public static String metres(double metres) {
        return grouped(Math.round(metres)) + " m";
    }

    /** The exact area: {@code 31.5 m²}. */
    public static String area(Area area) {
        return area.squareMetres().toPlainString() + " m²";
    }

    /** Yuan with thousands separators and the decimals as given: {@code 180,000 元} or {@code 180,000 yuan}. */
    public static String yuan(BigDecimal amount, Language language) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, amount.stripTrailingZeros().scale()));
        f.setMaximumFractionDigits(Math.max(0, amount.scale()));
        return f.format(amount) + language.pick(" 元", " yuan");
    }

    /** A whole number with thousands separators: {@code 12,345}. */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * A duration as people say it: {@code 30 分钟} / {@code 30 min} under an hour (one decimal when
     * not whole), {@code 2 小时 5 分钟} / {@code 2 h 5 min} under two days, else {@code 3 天 2 小时} /
     * {@code 3 d 2 h}.
     */
    public static String duration(Duration d, Language language) {
        long seconds = d.abs().getSeconds();
        if (seconds < 3600) {
            String m = seconds % 60 == 0 ? Long.toString(seconds / 60)
                    : String.format(Locale.ROOT, "%.1f", seconds / 60.0);
            return m + language.pick(" 分钟", " min");
        }
        long minutes = seconds / 60;
        if (minutes < 48 * 60) {
            long h = minutes / 60;
            long m = minutes % 60;
            return h + language.pick(" 小时", " h") + (m == 0 ? "" : " " + m + language.pick(" 分钟", " min"));
        }
        long hours = minutes / 60;
        long days = hours / 24;
        long h = hours % 24;
        return days + language.pick(" 天", " d") + (h == 0 ? "" : " " + h + language.pick(" 小时", " h"));
    }

    /** An enum constant in lower-case words for English sentences: {@code COUNTY_DIVISION_PRINCIPAL} → "county division principal". */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Items joined as the language lists them: 、 in Chinese, comma and space in English. */
    public static String list(List<String> items, Language language) {
        return String.join(language.pick("、", ", "), items);
    }
}
