package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;

/**
 * 0x0104 查询终端参数应答 (parameters response).
 *
 * @param responseSerial the serial of the 0x8104 or 0x8106 answered
 * @param parameters the parameters
 */
public record QueryParametersResponse(int responseSerial, List<TerminalParameter> parameters) implements TerminalMessage {

    /** Checks the values. */
    public QueryParametersResponse {
        Bits.checkWord("responseSerial", responseSerial);
        parameters = List.copyOf(parameters);
    }

    @Override
    public int messageId() {
        return MessageId.QUERY_PARAMETERS_RESPONSE.code();
    }
}
