package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;

/**
 * 0x0805 摄像头立即拍摄命令应答 (camera shot response); media ids only on success.
 *
 * @param responseSerial the serial of the 0x8801 answered
 * @param result 0 success, 1 failure, 2 channel not supported
 * @param mediaIds the media ids (success only)
 * @param countOmitted true when the body ends after the result, without the media-id count (as the
 *     standard has it on failure), so that the message re-encodes to its bytes
 */
public record CameraShotResponse(int responseSerial, int result, List<Long> mediaIds, boolean countOmitted)
        implements TerminalMessage {

    /** Checks the values. */
    public CameraShotResponse {
        Bits.checkWord("responseSerial", responseSerial);
        Bits.checkByte("result", result);
        mediaIds = List.copyOf(mediaIds);
        if (countOmitted && !mediaIds.isEmpty()) {
            throw new IllegalArgumentException("media ids need their count: " + mediaIds);
        }
    }

    /** A response as the standard writes it: the media-id count and ids on success, nothing after a failure. */
    public CameraShotResponse(int responseSerial, int result, List<Long> mediaIds) {
        this(responseSerial, result, mediaIds, result != 0 && mediaIds.isEmpty());
    }

    @Override
    public int messageId() {
        return MessageId.CAMERA_SHOT_RESPONSE.code();
    }
}
