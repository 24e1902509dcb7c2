package io.github.jiguan.telematics.jt808.message;


/**
 * 0x0002 终端心跳 (heartbeat); empty body.

 */
public record Heartbeat() implements TerminalMessage {

    @Override
    public int messageId() {
        return MessageId.HEARTBEAT.code();
    }
}
