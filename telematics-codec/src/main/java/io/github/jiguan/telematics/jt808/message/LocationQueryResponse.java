package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x0201 位置信息查询应答 (location query response).
 *
 * @param responseSerial the serial of the 0x8201 answered
 * @param location the location
 */
public record LocationQueryResponse(int responseSerial, LocationReport location) implements TerminalMessage {

    /** Checks the values. */
    public LocationQueryResponse {
        Bits.checkWord("responseSerial", responseSerial);
        Objects.requireNonNull(location, "location");
    }

    @Override
    public int messageId() {
        return MessageId.LOCATION_QUERY_RESPONSE.code();
    }
}
