package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x8300 文本信息下发 (text message). The 2019 edition adds a text type byte after the flags.
 *
 * @param flags bit 0 emergency, 2 display, 3 TTS, 4 advertising screen (2013), 5 CAN fault code vs navigation (2013)
 * @param textType 2019 text type: 1 notice, 2 service; 0 before 2019, which has none
 * @param text the text (GBK)
 */
public record TextMessage(int flags, int textType, String text) implements PlatformMessage {

    /** Checks the values. */
    public TextMessage {
        Bits.checkByte("flags", flags);
        Bits.checkByte("textType", textType);
        Objects.requireNonNull(text, "text");
    }

    @Override
    public int messageId() {
        return MessageId.TEXT_MESSAGE.code();
    }
}
