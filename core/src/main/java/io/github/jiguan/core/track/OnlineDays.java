package io.github.jiguan.core.track;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.internal.LocalDays;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The calendar days, in one time zone, on which a terminal reported at least one fix, position or
 * not. Immutable and thread-safe.
 */
public final class OnlineDays {

    private final ZoneId zone;
    private final long firstDay;
    private final BitSet days;

    private OnlineDays(ZoneId zone, long firstDay, BitSet days) {
        this.zone = zone;
        this.firstDay = firstDay;
        this.days = days;
    }

    /** No day online. */
    public static OnlineDays none(ZoneId zone) {
        return new OnlineDays(Checks.notNull("zone", zone), 0, new BitSet());
    }

    /** The given days, for restoring a saved set; duplicates and order do not matter. */
    public static OnlineDays ofDates(java.util.Collection<LocalDate> dates, ZoneId zone) {
        Checks.notNull("zone", zone);
        if (dates.isEmpty()) {
            return none(zone);
        }
        long first = dates.stream().mapToLong(LocalDate::toEpochDay).min().getAsLong();
        BitSet set = new BitSet();
        for (LocalDate d : dates) {
            set.set(Math.toIntExact(d.toEpochDay() - first));
        }
        return new OnlineDays(zone, first, set);
    }

    /** The days of {@code times} (epoch milliseconds, ascending) in {@code zone}. */
    static OnlineDays of(long[] times, int n, ZoneId zone) {
        if (n == 0) {
            return none(zone);
        }
        long first = LocalDays.epochDay(times[0], zone);
        BitSet set = new BitSet(Math.toIntExact(Math.max(1, LocalDays.epochDay(times[n - 1], zone) - first + 1)));
        long offset = LocalDays.fixedOffsetMillis(zone, times[0], times[n - 1]);
        long lastDay = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long day = offset != Long.MIN_VALUE ? Math.floorDiv(times[i] + offset, LocalDays.MILLIS_PER_DAY)
                    : LocalDays.epochDay(times[i], zone);
            if (day != lastDay) {
                set.set(Math.toIntExact(day - first));
                lastDay = day;
            }
        }
        return new OnlineDays(zone, first, set);
    }

    /** The union of this and {@code other}, which must use the same zone. */
    public OnlineDays union(OnlineDays other) {
        if (!zone.equals(other.zone)) {
            throw new IllegalArgumentException("zones differ: " + zone + " and " + other.zone);
        }
        if (other.days.isEmpty()) {
            return this;
        }
        if (days.isEmpty()) {
            return other;
        }
        long first = Math.min(firstDay, other.firstDay);
        BitSet set = shifted(days, firstDay - first);
        set.or(shifted(other.days, other.firstDay - first));
        return new OnlineDays(zone, first, set);
    }

    /** The zone whose calendar days these are. */
    public ZoneId zone() {
        return zone;
    }

    /** Whether the terminal reported on {@code date}. */
    public boolean contains(LocalDate date) {
        long d = date.toEpochDay() - firstDay;
        return d >= 0 && d <= Integer.MAX_VALUE && days.get((int) d);
    }

    /** The number of days online. */
    public int count() {
        return days.cardinality();
    }

    /**
     * Which of the {@code count} days from {@code first} were online, as the set of their indexes
     * (0 for {@code first}): the form in which the day rules of an audit period read them, without
     * a date per day.
     */
    public BitSet indexesFrom(LocalDate first, int count) {
        Checks.notNull("first", first);
        Checks.inRange("count", count, 0, Integer.MAX_VALUE);
        long shift = firstDay - first.toEpochDay(); // index of this set's bit 0 in the result
        BitSet out = new BitSet(count);
        int from = (int) Math.max(0, Math.min(Integer.MAX_VALUE, -shift));
        for (int i = days.nextSetBit(from); i >= 0; i = days.nextSetBit(i + 1)) {
            long at = i + shift;
            if (at >= count) {
                break;
            }
            out.set((int) at);
        }
        return out;
    }

    /** The days online, ascending. */
    public List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>(days.cardinality());
        for (int i = days.nextSetBit(0); i >= 0; i = days.nextSetBit(i + 1)) {
            out.add(LocalDate.ofEpochDay(firstDay + i));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnlineDays other && zone.equals(other.zone) && dates().equals(other.dates());
    }

    @Override
    public int hashCode() {
        return dates().hashCode();
    }

    @Override
    public String toString() {
        return "OnlineDays" + dates();
    }

    private static BitSet shifted(BitSet set, long by) {
        BitSet out = new BitSet();
        int shift = Math.toIntExact(by);
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            out.set(i + shift);
        }
        return out;
    }
}
