package io.github.jiguan.telematics.jt808.message;


/**
 * 0x0004 查询服务器时间请求 (server time request, 2019); empty body.

 */
public record QueryServerTime() implements TerminalMessage {

    @Override
    public int messageId() {
        return MessageId.QUERY_SERVER_TIME.code();
    }
}
