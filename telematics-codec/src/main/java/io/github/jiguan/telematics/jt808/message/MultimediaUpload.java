package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x8803 存储多媒体数据上传命令 (upload stored media).
 *
 * @param mediaType 0 image, 1 audio, 2 video
 * @param channel channel id
 * @param event event code
 * @param start start time
 * @param end end time
 * @param delete 0 keep, 1 delete after upload
 */
public record MultimediaUpload(int mediaType, int channel, int event, BcdTime start, BcdTime end, int delete) implements PlatformMessage {

    /** Checks the values. */
    public MultimediaUpload {
        Bits.checkByte("mediaType", mediaType);
        Bits.checkByte("channel", channel);
        Bits.checkByte("event", event);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Bits.checkByte("delete", delete);
    }

    @Override
    public int messageId() {
        return MessageId.MULTIMEDIA_UPLOAD.code();
    }
}
