package io.github.jiguan.telematics.jt808.message;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A BCD[6] time as JT/T 808 sends it: YYMMDDhhmmss in GMT+8 (Beijing time), years 2000–2099. Kept
 * as its twelve digits, packed four bits each as on the wire, because terminals without a fix send
 * times that are no date at all (all zeros); {@link #toInstant()} is empty for those, and the digits
 * still re-encode exactly. (Packed rather than a String: a report decodes with one 24-byte object for
 * its time instead of three, about 50 bytes less per frame.)
 *
 * @param packed the twelve digits as 48 packed BCD bits, every nibble 0–9
 */
public record BcdTime(long packed) {

    /** GMT+8, the zone of every JT/T 808 time. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private static final int DIGITS = 12;
    private static final long NO_DATE = Long.MIN_VALUE;

    /** Checks that the bits are twelve decimal digits. */
    public BcdTime {
        if (packed >>> 48 != 0 || !decimal(packed)) {
            throw new IllegalArgumentException("BCD time must be 12 decimal digits YYMMDDhhmmss: " + Long.toHexString(packed));
        }
    }

    /** The time with digits {@code digits} (twelve decimal digits YYMMDDhhmmss). */
    public static BcdTime parse(String digits) {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() != DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("BCD time must be 12 decimal digits YYMMDDhhmmss: " + digits);
        }
        long v = 0;
        for (int i = 0; i < DIGITS; i++) {
            v = (v << 4) | (digits.charAt(i) - '0');
        }
        return new BcdTime(v);
    }

    /** The BCD time of {@code instant} in GMT+8. */
    public static BcdTime of(Instant instant) {
        return of(LocalDateTime.ofInstant(instant, BEIJING));
    }

    /** The BCD time of a GMT+8 local date-time in 2000–2099 (seconds kept, nanoseconds dropped). */
    public static BcdTime of(LocalDateTime t) {
        if (t.getYear() < 2000 || t.getYear() > 2099) {
            throw new IllegalArgumentException("BCD time year out of range [2000, 2099]: " + t.getYear());
        }
        return parse(String.format("%02d%02d%02d%02d%02d%02d", t.getYear() - 2000, t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()));
    }

    /** The BCD time of 48 packed BCD bits (as read from the wire); the bits must be decimal nibbles. */
    public static BcdTime fromPacked(long bits) {
        return new BcdTime(bits);
    }

    /** The twelve digits. */
    public String digits() {
        char[] c = new char[DIGITS];
        for (int i = 0; i < DIGITS; i++) {
            c[i] = (char) ('0' + ((packed >>> (4 * (DIGITS - 1 - i))) & 0xf));
        }
        return new String(c);
    }

    /** The GMT+8 local date-time, if the digits form one. */
    public Optional<LocalDateTime> toLocalDateTime() {
        long s = epochSecondOf(packed);
        return s == NO_DATE ? Optional.empty() : Optional.of(LocalDateTime.ofEpochSecond(s, 0, BEIJING));
    }

    /** The instant, if the digits form a date and time. */
    public Optional<Instant> toInstant() {
        long s = epochSecondOf(packed);
        return s == NO_DATE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(s));
    }

    /**
     * Epoch seconds of 48 packed BCD bits, or {@link Long#MIN_VALUE} when they form no date and time;
     * allocates nothing, for the gateway's hot path.
     */
    public static long epochSecondOf(long bits) {
        if (bits >>> 48 != 0 || !decimal(bits)) {
            return NO_DATE;
        }
        int year = 2000 + pair(bits, 0);
        int month = pair(bits, 1);
        int day = pair(bits, 2);
        int hour = pair(bits, 3);
        int minute = pair(bits, 4);
        int second = pair(bits, 5);
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
            return NO_DATE;
        }
        return daysSinceEpoch(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - 8 * 3600;
    }

    /** True when every nibble of the low 48 bits is 0–9: no nibble has bit 3 set together with bit 2 or 1. */
    private static boolean decimal(long bits) {
        long eights = bits & 0x8888_8888_8888L;
        long fourOrTwo = (bits & 0x4444_4444_4444L) << 1 | (bits & 0x2222_2222_2222L) << 2;
        return (eights & fourOrTwo) == 0;
    }

    /** The two-digit field {@code index} (0 = YY … 5 = ss). */
    private static int pair(long bits, int index) {
        int shift = 40 - 8 * index;
        return (int) ((bits >>> (shift + 4)) & 0xf) * 10 + (int) ((bits >>> shift) & 0xf);
    }

    private static int daysIn(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (years 2000–2099 here). */
    private static long daysSinceEpoch(int year, int month, int day) {
        // count March-based years so that the leap day ends a year
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    /** The twelve digits. */
    @Override
    public String toString() {
        return digits();
    }
}
