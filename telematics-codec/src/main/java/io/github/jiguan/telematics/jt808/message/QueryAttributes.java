package io.github.jiguan.telematics.jt808.message;


/**
 * 0x8107 查询终端属性 (query attributes); empty body.

 */
public record QueryAttributes() implements PlatformMessage {

    @Override
    public int messageId() {
        return MessageId.QUERY_ATTRIBUTES.code();
    }
}
