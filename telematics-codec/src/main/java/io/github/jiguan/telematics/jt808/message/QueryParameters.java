package io.github.jiguan.telematics.jt808.message;


/**
 * 0x8104 查询终端参数 (query all parameters); empty body.

 */
public record QueryParameters() implements PlatformMessage {

    @Override
    public int messageId() {
        return MessageId.QUERY_PARAMETERS.code();
    }
}
