package io.github.jiguan.telematics.jt808.message;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A BCD[6] time as JT/T 808 sends it: YYMMDDhhmmss in GMT+8 (Beijing time), years 2000–2099. Kept
 * as its twelve digits, because terminals without a fix send times that are no date at all (all
 * zeros); {@link #toInstant()} is empty for those, and the digits still re-encode exactly.
 *
 * @param digits twelve decimal digits
 */
public record BcdTime(String digits) {

    /** GMT+8, the zone of every JT/T 808 time. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    /** Checks the digits. */
    public BcdTime {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() != 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("BCD time must be 12 decimal digits YYMMDDhhmmss: " + digits);
        }
    }

    /** The time with digits {@code digits}; see the record description. */
    public static BcdTime parse(String digits) {
        return new BcdTime(digits);
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
        return new BcdTime(String.format("%02d%02d%02d%02d%02d%02d", t.getYear() - 2000, t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()));
    }

    /** The BCD time of 48 packed BCD bits (as read from the wire); the bits must be decimal nibbles. */
    public static BcdTime fromPacked(long bits) {
        char[] c = new char[12];
        for (int i = 0; i < 12; i++) {
            int nibble = (int) (bits >>> (4 * (11 - i))) & 0xf;
            if (nibble > 9) {
                throw new IllegalArgumentException("BCD time nibble above 9: " + Long.toHexString(bits));
            }
            c[i] = (char) ('0' + nibble);
        }
        return new BcdTime(new String(c));
    }

    /** The 48 packed BCD bits of these digits. */
    public long packed() {
        long v = 0;
        for (int i = 0; i < 12; i++) {
            v = (v << 4) | (digits.charAt(i) - '0');
        }
        return v;
    }

    /** The GMT+8 local date-time, if the digits form one. */
    public Optional<LocalDateTime> toLocalDateTime() {
        return Optional.ofNullable(localOrNull(packed()));
    }

    /** The instant, if the digits form a date and time. */
    public Optional<Instant> toInstant() {
        return toLocalDateTime().map(t -> t.toInstant(BEIJING));
    }

    /** Epoch seconds of 48 packed BCD bits, or {@link Long#MIN_VALUE} when they form no date; no allocation. */
    public static long epochSecondOf(long bits) {
        int[] f = new int[6];
        for (int i = 0; i < 6; i++) {
            int hi = (int) (bits >>> (44 - 8 * i)) & 0xf;
            int lo = (int) (bits >>> (40 - 8 * i)) & 0xf;
            if (hi > 9 || lo > 9) {
                return Long.MIN_VALUE;
            }
            f[i] = hi * 10 + lo;
        }
        if (f[1] < 1 || f[1] > 12 || f[2] < 1 || f[2] > daysIn(2000 + f[0], f[1]) || f[3] > 23 || f[4] > 59
                || f[5] > 59) {
            return Long.MIN_VALUE;
        }
        long days = java.time.LocalDate.of(2000 + f[0], f[1], f[2]).toEpochDay();
        return days * 86_400 + f[3] * 3600 + f[4] * 60 + f[5] - 8 * 3600;
    }

    private static int daysIn(int year, int month) {
        return java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    private static LocalDateTime localOrNull(long bits) {
        long s = epochSecondOf(bits);
        if (s == Long.MIN_VALUE) {
            return null;
        }
        try {
            return LocalDateTime.ofEpochSecond(s, 0, BEIJING);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The twelve digits. */
    @Override
    public String toString() {
        return digits;
    }
}
