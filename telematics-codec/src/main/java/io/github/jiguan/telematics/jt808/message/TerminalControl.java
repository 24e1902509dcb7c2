package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;
import java.util.Objects;

/**
 * 0x8105 终端控制 (terminal control): a command word and, for commands 1 (wireless upgrade) and 2 (connect to a server), semicolon-separated parameters.
 *
 * @param command 1 upgrade, 2 connect, 3 power off, 4 reset, 5 factory reset, 6 close data link, 7 close all links; vendors use others
 * @param parameters the command parameters as sent, empty when there are none: GBK text
 *     fields separated by ';', except the ports and the time limit, which are binary WORDs
 */
public record TerminalControl(int command, Octets parameters) implements PlatformMessage {

    /** Checks the values. */
    public TerminalControl {
        Bits.checkByte("command", command);
        Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public int messageId() {
        return MessageId.TERMINAL_CONTROL.code();
    }

    /** A command whose parameters are all text (joined with ';' by the caller), in GBK. */
    public static TerminalControl of(int command, String parameters) {
        return new TerminalControl(command, Octets.of(io.github.jiguan.telematics.internal.Gbk.encode(parameters)));
    }

    /** The parameters split at ';' and read as GBK (binary WORD fields come out as their two characters). */
    public List<String> parameterTexts() {
        byte[] b = parameters.toByteArray();
        String text = io.github.jiguan.telematics.internal.Gbk.decode(b, 0, b.length);
        return text.isEmpty() ? List.of() : List.of(text.split(";", -1));
    }
}
