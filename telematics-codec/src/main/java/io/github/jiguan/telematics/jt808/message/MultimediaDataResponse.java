package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;

/**
 * 0x8800 多媒体数据上传应答 (multimedia data response): the fragments to resend, none when complete.
 *
 * @param mediaId the media id
 * @param retransmitIds the fragment indices to resend; empty when all arrived
 * @param countOmitted true when the body ended after the media id, without the retransmit count the
 *     standard requires (some platforms send it so when nothing is to be resent; lenient decoding only),
 *     so that the message re-encodes to the same four bytes
 */
public record MultimediaDataResponse(long mediaId, List<Integer> retransmitIds, boolean countOmitted)
        implements PlatformMessage {

    /** Checks the values. */
    public MultimediaDataResponse {
        Bits.checkDword("mediaId", mediaId);
        retransmitIds = List.copyOf(retransmitIds);
        if (countOmitted && !retransmitIds.isEmpty()) {
            throw new IllegalArgumentException("the retransmit count can be omitted only when no fragment is to be resent: "
                    + retransmitIds);
        }
    }

    /** A response as the standard writes it, with its retransmit count. */
    public MultimediaDataResponse(long mediaId, List<Integer> retransmitIds) {
        this(mediaId, retransmitIds, false);
    }

    @Override
    public int messageId() {
        return MessageId.MULTIMEDIA_DATA_RESPONSE.code();
    }
}
