package io.github.jiguan.telematics.jt808.message;


/**
 * 0x8702 上报驾驶员身份信息请求 (driver identity request); empty body.

 */
public record DriverIdentityRequest() implements PlatformMessage {

    @Override
    public int messageId() {
        return MessageId.DRIVER_IDENTITY_REQUEST.code();
    }
}
