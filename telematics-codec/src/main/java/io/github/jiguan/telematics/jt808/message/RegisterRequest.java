package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x0100 终端注册 (registration). The layout depends on the edition: 2011 has an 8-byte model
 * (25 fixed bytes before the plate), 2013 a 20-byte model (37 bytes), 2019 an 11-byte maker, 30-byte
 * model and 30-byte terminal id (76 bytes). {@code layout} records which one the body used.
 *
 * @param layout the body layout: 2011, 2013 or 2019
 * @param provinceId province id (GB/T 2260 first two digits)
 * @param cityId city or county id
 * @param manufacturerId manufacturer id (5 bytes; 11 in 2019)
 * @param terminalModel terminal model (8 bytes in 2011, 20 in 2013, 30 in 2019)
 * @param terminalId terminal id (7 bytes; 30 in 2019)
 * @param plateColor plate colour per JT/T 415 (0: no plate, the plate field holds the VIN)
 * @param plate the plate (GBK, such as 冀H12345) or the VIN
 */
public record RegisterRequest(ProtocolVersion layout, int provinceId, int cityId, String manufacturerId, String terminalModel, String terminalId, int plateColor, String plate) implements TerminalMessage {

    /** Checks the values. */
    public RegisterRequest {
        Objects.requireNonNull(layout, "layout");
        Bits.checkWord("provinceId", provinceId);
        Bits.checkWord("cityId", cityId);
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(terminalModel, "terminalModel");
        Objects.requireNonNull(terminalId, "terminalId");
        Bits.checkByte("plateColor", plateColor);
        Objects.requireNonNull(plate, "plate");
    }

    @Override
    public int messageId() {
        return MessageId.TERMINAL_REGISTER.code();
    }
}
