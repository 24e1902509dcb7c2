package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;

/**
 * 0x0001 终端通用应答 (terminal general response): the terminal acknowledges a platform message.
 *
 * @param responseSerial the serial of the message answered
 * @param responseMessageId the id of the message answered
 * @param result 0 success, 1 failure, 2 message error, 3 not supported
 */
public record TerminalGeneralResponse(int responseSerial, int responseMessageId, int result) implements TerminalMessage {

    /** Checks the values. */
    public TerminalGeneralResponse {
        Bits.checkWord("responseSerial", responseSerial);
        Bits.checkWord("responseMessageId", responseMessageId);
        Bits.checkByte("result", result);
    }

    @Override
    public int messageId() {
        return MessageId.TERMINAL_GENERAL_RESPONSE.code();
    }

    /** The result as a {@link GeneralResult}, if it is one the standard defines. */
    public java.util.Optional<GeneralResult> resultKind() {
        return GeneralResult.fromCode(result);
    }
}
