package io.github.jiguan.core.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

/**
 * The local day of an instant, by arithmetic where the zone's offset allows it: the track and the
 * rules turn every fix and trip time into a day, and a {@code ZonedDateTime} per time is what that
 * would otherwise cost.
 */
public final class LocalDays {

    /** Milliseconds in a day without an offset change. */
    public static final long MILLIS_PER_DAY = 86_400_000L;

    private LocalDays() {
    }

    /** The local epoch day of an instant (epoch milliseconds) in {@code zone}. */
    public static long epochDay(long epochMillis, ZoneId zone) {
        Instant instant = Instant.ofEpochMilli(epochMillis);
        long offsetMillis = zone.getRules().getOffset(instant).getTotalSeconds() * 1000L;
        return Math.floorDiv(epochMillis + offsetMillis, MILLIS_PER_DAY);
    }

    /**
     * The zone's offset in milliseconds when it does not change between the two instants (so days
     * can be computed as {@code floorDiv(t + offset, MILLIS_PER_DAY)}), else {@link Long#MIN_VALUE}.
     * Asia/Shanghai has not changed its offset since 1991.
     */
    public static long fixedOffsetMillis(ZoneId zone, long fromMillis, long toMillis) {
        Instant from = Instant.ofEpochMilli(fromMillis);
        ZoneOffsetTransition next = zone.getRules().nextTransition(from);
        if (next != null && next.getInstant().toEpochMilli() <= toMillis) {
            return Long.MIN_VALUE;
        }
        return zone.getRules().getOffset(from).getTotalSeconds() * 1000L;
    }
}
