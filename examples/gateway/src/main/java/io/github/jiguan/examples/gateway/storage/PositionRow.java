package io.github.jiguan.examples.gateway.storage;

import io.github.jiguan.telematics.jt808.codec.AdditionalItemCodec;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.StatusFlag;
import io.github.jiguan.examples.gateway.wire.InboundReport;
import java.util.Arrays;
import java.util.Objects;

/**
 * One position to store: a location report as the terminal sent it, with who sent it, how and when
 * it arrived. Coordinates carry their sign (south and west applied).
 *
 * @param terminalPhone the terminal's phone number without padding zeros
 * @param vehicleId the vehicle the terminal is fitted to, or null when the register does not say
 * @param fixTimeMillis the report's time, epoch milliseconds
 * @param reportHash {@link ReportHash} of the report's bytes
 * @param latitudeMicro signed latitude in 1e-6 degrees
 * @param longitudeMicro signed longitude in 1e-6 degrees
 * @param altitudeM altitude in metres
 * @param speedTenths speed in 0.1 km/h
 * @param direction direction in degrees from north
 * @param alarmBits the alarm DWORD
 * @param statusBits the status DWORD
 * @param additionalItems the additional-item bytes (TLV), as sent; not copied
 * @param messageId the message that carried it: 0x0200, 0x0201 or 0x0704
 * @param blindArea true when it came in a blind-area re-upload (0x0704 type 1)
 * @param receivedAtMillis when the gateway received it, epoch milliseconds
 */
public record PositionRow(String terminalPhone, String vehicleId, long fixTimeMillis, long reportHash,
        int latitudeMicro, int longitudeMicro, int altitudeM, int speedTenths, int direction, int alarmBits,
        int statusBits, byte[] additionalItems, int messageId, boolean blindArea, long receivedAtMillis) {

    /** The fixed part of a 0x0200 body, before its additional items. */
    private static final int FIXED_BYTES = 28;

    /** Checks the references. */
    public PositionRow {
        Objects.requireNonNull(terminalPhone, "terminalPhone");
        Objects.requireNonNull(additionalItems, "additionalItems");
    }

    /**
     * The row of {@code report}, which must have a time ({@link LocationReport#time()}).
     *
     * @throws IllegalArgumentException when the report's time is not a date
     */
    public static PositionRow of(String terminalPhone, String vehicleId, LocationReport report, int messageId,
            boolean blindArea, long receivedAtMillis) {
        long time = report.time().orElseThrow(() -> new IllegalArgumentException(
                "time is not a date: " + report.bcdTime().digits())).toEpochMilli();
        int lat = report.has(StatusFlag.SOUTH_LATITUDE) ? -report.latitudeMicro() : report.latitudeMicro();
        int lon = report.has(StatusFlag.WEST_LONGITUDE) ? -report.longitudeMicro() : report.longitudeMicro();
        byte[] items = AdditionalItemCodec.encode(report.items());
        return new PositionRow(terminalPhone, vehicleId, time, ReportHash.of(report, items), lat, lon,
                report.altitudeM(), report.speedTenths(), report.direction(), report.alarmBits(), report.statusBits(),
                items, messageId, blindArea, receivedAtMillis);
    }

    /**
     * The row of a report read through the frame view, whose time is a date by construction.
     *
     * @param report the report, as the frame decoder handed it on
     * @param messageId the message that carried it (0x0200)
     */
    public static PositionRow of(String terminalPhone, String vehicleId, InboundReport report, int messageId) {
        byte[] body = report.body();
        return new PositionRow(terminalPhone, vehicleId, report.fixTimeMillis(), ReportHash.of(body, 0, body.length),
                report.latitudeMicro(), report.longitudeMicro(), report.altitudeM(), report.speedTenths(),
                report.direction(), report.alarmBits(), report.statusBits(),
                Arrays.copyOfRange(body, FIXED_BYTES, body.length), messageId, false, report.receivedAtMillis());
    }

    /** ACC on (status bit 0). */
    public boolean accOn() {
        return (statusBits & StatusFlag.ACC_ON.mask()) != 0;
    }

    /** The position is a fix (status bit 1). */
    public boolean positioned() {
        return (statusBits & StatusFlag.POSITIONED.mask()) != 0;
    }
}
