package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x8304 信息服务 (information service, 2013).
 *
 * @param informationType the information type
 * @param content the content (GBK, WORD length)
 */
public record InformationService(int informationType, String content) implements PlatformMessage {

    /** Checks the values. */
    public InformationService {
        Bits.checkByte("informationType", informationType);
        Objects.requireNonNull(content, "content");
    }

    @Override
    public int messageId() {
        return MessageId.INFORMATION_SERVICE.code();
    }
}
