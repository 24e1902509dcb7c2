package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;
import java.util.Objects;

/**
 * 0x0802 存储多媒体数据检索应答 (stored media search result).
 *
 * @param layout the body layout: 2011 (items without a media id), 2013 or 2019
 * @param responseSerial the serial of the 0x8802 answered
 * @param items the media found
 */
public record MultimediaSearchResponse(ProtocolVersion layout, int responseSerial, List<MediaItem> items) implements TerminalMessage {

    /** Checks the values. */
    public MultimediaSearchResponse {
        Objects.requireNonNull(layout, "layout");
        Bits.checkWord("responseSerial", responseSerial);
        items = List.copyOf(items);
    }

    @Override
    public int messageId() {
        return MessageId.MULTIMEDIA_SEARCH_RESPONSE.code();
    }

    /**
     * One stored media item.
     *
     * @param mediaId the media id (0 in the 2011 layout, which has none)
     * @param mediaType 0 image, 1 audio, 2 video
     * @param channel the channel id
     * @param event the event code
     * @param location the 28-byte location (no items)
     */
    public record MediaItem(long mediaId, int mediaType, int channel, int event, LocationReport location) {
        /** Checks the values. */
        public MediaItem {
            Bits.checkDword("media id", mediaId);
            Bits.checkByte("media type", mediaType);
            Bits.checkByte("channel", channel);
            Bits.checkByte("event", event);
            Objects.requireNonNull(location, "location");
        }
    }
}
