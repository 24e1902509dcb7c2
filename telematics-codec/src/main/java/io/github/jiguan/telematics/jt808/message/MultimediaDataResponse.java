package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;

/**
 * 0x8800 多媒体数据上传应答 (multimedia data response): the fragments to resend, none when complete.
 *
 * @param mediaId the media id
 * @param retransmitIds the fragment indices to resend; empty when all arrived
 */
public record MultimediaDataResponse(long mediaId, List<Integer> retransmitIds) implements PlatformMessage {

    /** Checks the values. */
    public MultimediaDataResponse {
        Bits.checkDword("mediaId", mediaId);
        retransmitIds = List.copyOf(retransmitIds);
    }

    @Override
    public int messageId() {
        return MessageId.MULTIMEDIA_DATA_RESPONSE.code();
    }
}
