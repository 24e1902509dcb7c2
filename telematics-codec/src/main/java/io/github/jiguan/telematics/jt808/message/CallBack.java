package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x8400 电话回拨 (call back).
 *
 * @param flag 0 normal call, 1 monitor (listen in)
 * @param phone the number to call (at most 20 bytes)
 */
public record CallBack(int flag, String phone) implements PlatformMessage {

    /** Checks the values. */
    public CallBack {
        Bits.checkByte("flag", flag);
        Objects.requireNonNull(phone, "phone");
    }

    @Override
    public int messageId() {
        return MessageId.CALL_BACK.code();
    }
}
