package io.github.jiguan.telematics.jt808.message;


/**
 * 0x8204 链路检测 (link check, 2019); empty body.

 */
public record LinkCheck() implements PlatformMessage {

    @Override
    public int messageId() {
        return MessageId.LINK_CHECK.code();
    }
}
