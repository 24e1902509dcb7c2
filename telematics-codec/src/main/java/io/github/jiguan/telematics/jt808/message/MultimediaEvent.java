package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;

/**
 * 0x0800 多媒体事件信息上传 (multimedia event).
 *
 * @param mediaId the media id
 * @param mediaType 0 image, 1 audio, 2 video
 * @param format 0 JPEG, 1 TIF, 2 MP3, 3 WAV, 4 WMV
 * @param event 0 platform command, 1 timed, 2 robbery alarm, 3 collision or rollover, 4 door open, 5 door closed, 6 door from open to closed with speed, 7 fixed distance
 * @param channel the channel id
 */
public record MultimediaEvent(long mediaId, int mediaType, int format, int event, int channel) implements TerminalMessage {

    /** Checks the values. */
    public MultimediaEvent {
        Bits.checkDword("mediaId", mediaId);
        Bits.checkByte("mediaType", mediaType);
        Bits.checkByte("format", format);
        Bits.checkByte("event", event);
        Bits.checkByte("channel", channel);
    }

    @Override
    public int messageId() {
        return MessageId.MULTIMEDIA_EVENT.code();
    }
}
