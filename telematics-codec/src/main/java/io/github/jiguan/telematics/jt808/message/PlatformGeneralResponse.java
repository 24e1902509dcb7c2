package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;

/**
 * 0x8001 平台通用应答 (platform general response): the platform acknowledges a terminal message.
 *
 * @param responseSerial the serial of the message answered
 * @param responseMessageId the id of the message answered
 * @param result 0 success, 1 failure, 2 message error, 3 not supported, 4 alarm confirmed
 */
public record PlatformGeneralResponse(int responseSerial, int responseMessageId, int result) implements PlatformMessage {

    /** Checks the values. */
    public PlatformGeneralResponse {
        Bits.checkWord("responseSerial", responseSerial);
        Bits.checkWord("responseMessageId", responseMessageId);
        Bits.checkByte("result", result);
    }

    @Override
    public int messageId() {
        return MessageId.PLATFORM_GENERAL_RESPONSE.code();
    }

    /** The result as a {@link GeneralResult}, if it is one the standard defines. */
    public java.util.Optional<GeneralResult> resultKind() {
        return GeneralResult.fromCode(result);
    }

    /** A response to the message with serial {@code serial} and id {@code messageId}, with {@code result}. */
    public static PlatformGeneralResponse to(int serial, int messageId, GeneralResult result) {
        return new PlatformGeneralResponse(serial, messageId, result.code());
    }
}
