package io.github.jiguan.examples.gateway.wire;

import io.github.jiguan.telematics.jt808.Jt808FrameView;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.StatusFlag;
import java.util.Objects;

/**
 * A 0x0200 location report read through the codec's {@link Jt808FrameView}: the fields the gateway
 * stores, taken from the frame's bytes without building its message record. A clean 0x0200 (check code,
 * length, edition and items right) takes this path; any other frame is decoded into an
 * {@link InboundMessage}, so both paths accept exactly the same reports.
 *
 * @param header the header it came under (for the acknowledgement)
 * @param fixTimeMillis the report's time, epoch milliseconds
 * @param latitudeMicro signed latitude in 1e-6 degrees (south applied)
 * @param longitudeMicro signed longitude in 1e-6 degrees (west applied)
 * @param altitudeM altitude in metres
 * @param speedTenths speed in 0.1 km/h
 * @param direction direction in degrees from north
 * @param alarmBits the alarm DWORD
 * @param statusBits the status DWORD
 * @param body the report's body as sent: the 28 fixed bytes, then the additional items; not copied
 * @param receivedNanos {@link System#nanoTime()} when the frame was read
 * @param receivedAtMillis the wall-clock time the frame was read, epoch milliseconds
 */
public record InboundReport(Jt808Header header, long fixTimeMillis, int latitudeMicro, int longitudeMicro,
        int altitudeM, int speedTenths, int direction, int alarmBits, int statusBits, byte[] body,
        long receivedNanos, long receivedAtMillis) implements Inbound {

    /** Checks the references. */
    public InboundReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The report in {@code view}, or null when the view cannot give one that the decoded path would
     * treat the same: not a clean 0x0200, a time whose digits form no date, or a phone that is not
     * decimal digits (the decoded path reports and refuses those).
     */
    public static InboundReport of(Jt808FrameView view, long receivedNanos, long receivedAtMillis) {
        if (!view.isLocationReport()) {
            return null;
        }
        long second = view.epochSecond();
        if (second == Long.MIN_VALUE) {
            return null;
        }
        ProtocolVersion version = view.is2019() ? ProtocolVersion.V2019 : ProtocolVersion.V2013;
        Jt808Header header;
        try {
            header = Jt808Header.of(view.messageId(), version, view.phone(), view.serial());
        } catch (IllegalArgumentException notDigits) {
            return null; // Jt808Header.of is the one check of a phone's digits
        }
        int status = view.statusBits();
        int lat = view.latitudeMicro();
        int lon = view.longitudeMicro();
        return new InboundReport(header, second * 1000,
                (status & StatusFlag.SOUTH_LATITUDE.mask()) != 0 ? -lat : lat,
                (status & StatusFlag.WEST_LONGITUDE.mask()) != 0 ? -lon : lon,
                view.altitudeM(), view.speedTenths(), view.direction(), view.alarmBits(), status,
                view.body(), receivedNanos, receivedAtMillis);
    }
}
