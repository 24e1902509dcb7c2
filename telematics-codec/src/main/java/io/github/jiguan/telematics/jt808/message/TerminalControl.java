package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.jt808.MessageId;
import java.util.Objects;

/**
 * 0x8105 终端控制 (terminal control): a command word and, for commands 1 (wireless upgrade) and 2 (connect to a server), semicolon-separated parameters.
 *
 * @param command 1 upgrade, 2 connect, 3 power off, 4 reset, 5 factory reset, 6 close data link, 7 close all links; vendors use others
 * @param parameters the command parameters as sent (GBK), empty when there are none
 */
public record TerminalControl(int command, String parameters) implements PlatformMessage {

    /** Checks the values. */
    public TerminalControl {
        Bits.checkByte("command", command);
        Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public int messageId() {
        return MessageId.TERMINAL_CONTROL.code();
    }
}
