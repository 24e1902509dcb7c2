package io.github.jiguan.examples.gateway.storage;

import io.github.jiguan.telematics.jt808.codec.AdditionalItemCodec;
import io.github.jiguan.telematics.jt808.message.LocationReport;

/**
 * The 64-bit FNV-1a hash of a location report's wire bytes (the 28 fixed bytes and the additional
 * items), the part of the position key that tells a retransmission (same bytes) from another report
 * with the same time. It is defined on the bytes, not on a Java object, so that every decode path
 * gives the same value and rows stored by one version of the gateway are still recognised by the next.
 */
public final class ReportHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private ReportHash() {
    }

    /** The hash of {@code report}'s wire bytes. */
    public static long of(LocationReport report) {
        return of(report, AdditionalItemCodec.encode(report.items()));
    }

    /** The hash of {@code report}'s wire bytes, its additional items being {@code itemBytes}. */
    public static long of(LocationReport report, byte[] itemBytes) {
        long h = OFFSET;
        h = int32(h, report.alarmBits());
        h = int32(h, report.statusBits());
        h = int32(h, report.latitudeMicro());
        h = int32(h, report.longitudeMicro());
        h = int16(h, report.altitudeM());
        h = int16(h, report.speedTenths());
        h = int16(h, report.direction());
        long time = report.bcdTime().packed();
        for (int shift = 40; shift >= 0; shift -= 8) {
            h = octet(h, (int) (time >>> shift));
        }
        return bytes(h, itemBytes, 0, itemBytes.length);
    }

    /** The hash of {@code bytes[offset, offset + length)}: the same value {@link #of} gives for a report with those wire bytes. */
    public static long of(byte[] bytes, int offset, int length) {
        return bytes(OFFSET, bytes, offset, length);
    }

    private static long bytes(long h, byte[] b, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            h = octet(h, b[i]);
        }
        return h;
    }

    private static long int32(long h, int v) {
        return octet(octet(octet(octet(h, v >>> 24), v >>> 16), v >>> 8), v);
    }

    private static long int16(long h, int v) {
        return octet(octet(h, v >>> 8), v);
    }

    private static long octet(long h, int b) {
        return (h ^ (b & 0xff)) * PRIME;
    }
}
