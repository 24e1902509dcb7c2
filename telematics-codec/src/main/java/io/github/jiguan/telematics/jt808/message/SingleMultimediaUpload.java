package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;

/**
 * 0x8805 单条存储多媒体数据检索上传命令 (upload one stored media item).
 *
 * @param mediaId the media id
 * @param delete 0 keep, 1 delete after upload
 */
public record SingleMultimediaUpload(long mediaId, int delete) implements PlatformMessage {

    /** Checks the values. */
    public SingleMultimediaUpload {
        Bits.checkDword("mediaId", mediaId);
        Bits.checkByte("delete", delete);
    }

    @Override
    public int messageId() {
        return MessageId.SINGLE_MULTIMEDIA_UPLOAD.code();
    }
}
