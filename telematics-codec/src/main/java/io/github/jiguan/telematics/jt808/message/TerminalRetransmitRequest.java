package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;

/**
 * 0x0005 终端补传分包请求 (the terminal asks for missing fragments, 2019).
 *
 * @param originalSerial the serial of the first fragment of the original message
 * @param packageIds the fragment indices to resend
 */
public record TerminalRetransmitRequest(int originalSerial, List<Integer> packageIds) implements TerminalMessage {

    /** Checks the values. */
    public TerminalRetransmitRequest {
        Bits.checkWord("originalSerial", originalSerial);
        packageIds = List.copyOf(packageIds);
    }

    @Override
    public int messageId() {
        return MessageId.TERMINAL_RETRANSMIT_REQUEST.code();
    }
}
