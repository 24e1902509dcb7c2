package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x0801 多媒体数据上传 (multimedia data): the media header, the 28-byte location (since 2013; the
 * 2011 layout has none) and the data.
 *
 * @param layout the body layout: 2011 (no location), 2013 or 2019
 * @param mediaId the media id
 * @param mediaType 0 image, 1 audio, 2 video
 * @param format 0 JPEG, 1 TIF, 2 MP3, 3 WAV, 4 WMV
 * @param event the triggering event
 * @param channel the channel id
 * @param location the 28-byte location (no items); null in the 2011 layout
 * @param data the media data
 */
public record MultimediaData(ProtocolVersion layout, long mediaId, int mediaType, int format, int event, int channel, LocationReport location, Octets data) implements TerminalMessage {

    /** Checks the values. */
    public MultimediaData {
        Bits.checkDword("mediaId", mediaId);
        Bits.checkByte("mediaType", mediaType);
        Bits.checkByte("format", format);
        Bits.checkByte("event", event);
        Bits.checkByte("channel", channel);
        Objects.requireNonNull(layout, "layout");
        if ((layout == ProtocolVersion.V2011) != (location == null)) {
            throw new IllegalArgumentException("location must be null exactly in the 2011 layout: " + layout);
        }
        Objects.requireNonNull(data, "data");
    }

    @Override
    public int messageId() {
        return MessageId.MULTIMEDIA_DATA.code();
    }
}
