package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x0107 查询终端属性应答 (attributes response); 2019 widens maker, model and terminal id to 11, 30 and 30 bytes.
 *
 * @param terminalType terminal type bits
 * @param manufacturerId manufacturer id
 * @param terminalModel terminal model
 * @param terminalId terminal id
 * @param iccid SIM ICCID, BCD[10] digits
 * @param hardwareVersion hardware version
 * @param firmwareVersion firmware version
 * @param gnssModule GNSS module bits: 0 GPS, 1 BeiDou, 2 GLONASS, 3 Galileo
 * @param communicationModule communication module bits
 */
public record QueryAttributesResponse(int terminalType, String manufacturerId, String terminalModel, String terminalId, String iccid, String hardwareVersion, String firmwareVersion, int gnssModule, int communicationModule) implements TerminalMessage {

    /** Checks the values. */
    public QueryAttributesResponse {
        Bits.checkWord("terminalType", terminalType);
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(terminalModel, "terminalModel");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(iccid, "iccid");
        Objects.requireNonNull(hardwareVersion, "hardwareVersion");
        Objects.requireNonNull(firmwareVersion, "firmwareVersion");
        Bits.checkByte("gnssModule", gnssModule);
        Bits.checkByte("communicationModule", communicationModule);
    }

    @Override
    public int messageId() {
        return MessageId.QUERY_ATTRIBUTES_RESPONSE.code();
    }
}
