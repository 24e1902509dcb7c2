package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x8100 终端注册应答 (registration response); the auth code is present only on success.
 *
 * @param responseSerial the serial of the 0x0100 answered
 * @param result 0 success, 1 vehicle registered, 2 vehicle unknown, 3 terminal registered, 4 terminal unknown
 * @param authCode the auth code (empty unless result is 0)
 */
public record RegisterResponse(int responseSerial, int result, String authCode) implements PlatformMessage {

    /** Checks the values. */
    public RegisterResponse {
        Bits.checkWord("responseSerial", responseSerial);
        Bits.checkByte("result", result);
        Objects.requireNonNull(authCode, "authCode");
    }

    @Override
    public int messageId() {
        return MessageId.REGISTER_RESPONSE.code();
    }
}
