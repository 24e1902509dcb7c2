package io.github.jiguan.telematics.jt808.message;


/**
 * 0x0003 终端注销 (logout); empty body.

 */
public record TerminalLogout() implements TerminalMessage {

    @Override
    public int messageId() {
        return MessageId.TERMINAL_LOGOUT.code();
    }
}
