package io.github.jiguan.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The time zone every calendar question is asked in: Asia/Shanghai (Beijing time, UTC+8, no daylight
 * saving since 1991). Days, nights, holidays and months of the rules are Beijing days, nights,
 * holidays and months; instants are written with its offset, such as
 * {@code 2025-01-06T09:21:00+08:00}. Stateless; thread-safe.
 */
public final class ChinaTime {

    /** Asia/Shanghai. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** The Beijing date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(Checks.notNull("instant", instant), ZONE);
    }

    /** The start of a Beijing day. */
    public static Instant startOf(LocalDate date) {
        return Checks.notNull("date", date).atStartOfDay(ZONE).toInstant();
    }

    /** An instant as ISO-8601 with the Beijing offset: {@code 2025-01-06T09:21:00+08:00}. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(toOffset(instant));
    }

    /** An instant as a Beijing offset date-time. */
    public static OffsetDateTime toOffset(Instant instant) {
        return Checks.notNull("instant", instant).atZone(ZONE).toOffsetDateTime();
    }
}
