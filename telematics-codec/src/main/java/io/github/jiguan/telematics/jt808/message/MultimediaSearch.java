package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x8802 存储多媒体数据检索 (search stored media).
 *
 * @param mediaType 0 image, 1 audio, 2 video
 * @param channel channel id, 0 all
 * @param event event code
 * @param start start time
 * @param end end time
 */
public record MultimediaSearch(int mediaType, int channel, int event, BcdTime start, BcdTime end) implements PlatformMessage {

    /** Checks the values. */
    public MultimediaSearch {
        Bits.checkByte("mediaType", mediaType);
        Bits.checkByte("channel", channel);
        Bits.checkByte("event", event);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    @Override
    public int messageId() {
        return MessageId.MULTIMEDIA_SEARCH.code();
    }
}
