package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;

/**
 * 0x0805 摄像头立即拍摄命令应答 (camera shot response); media ids only on success.
 *
 * @param responseSerial the serial of the 0x8801 answered
 * @param result 0 success, 1 failure, 2 channel not supported
 * @param mediaIds the media ids (success only)
 */
public record CameraShotResponse(int responseSerial, int result, List<Long> mediaIds) implements TerminalMessage {

    /** Checks the values. */
    public CameraShotResponse {
        Bits.checkWord("responseSerial", responseSerial);
        Bits.checkByte("result", result);
        mediaIds = List.copyOf(mediaIds);
    }

    @Override
    public int messageId() {
        return MessageId.CAMERA_SHOT_RESPONSE.code();
    }
}
