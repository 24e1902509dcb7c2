package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x0500 车辆控制应答 (vehicle control response).
 *
 * @param responseSerial the serial of the 0x8500 answered
 * @param location the location after the control
 */
public record VehicleControlResponse(int responseSerial, LocationReport location) implements TerminalMessage {

    /** Checks the values. */
    public VehicleControlResponse {
        Bits.checkWord("responseSerial", responseSerial);
        Objects.requireNonNull(location, "location");
    }

    @Override
    public int messageId() {
        return MessageId.VEHICLE_CONTROL_RESPONSE.code();
    }
}
