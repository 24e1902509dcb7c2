package io.github.jiguan.telematics.jt808.message;


/**
 * 0x8201 位置信息查询 (location query); empty body.

 */
public record LocationQuery() implements PlatformMessage {

    @Override
    public int messageId() {
        return MessageId.LOCATION_QUERY.code();
    }
}
