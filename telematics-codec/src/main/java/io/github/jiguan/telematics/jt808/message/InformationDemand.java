package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;

/**
 * 0x0303 信息点播/取消 (information subscribe or cancel, 2013).
 *
 * @param informationType the information type
 * @param action 0 cancel, 1 subscribe
 */
public record InformationDemand(int informationType, int action) implements TerminalMessage {

    /** Checks the values. */
    public InformationDemand {
        Bits.checkByte("informationType", informationType);
        Bits.checkByte("action", action);
    }

    @Override
    public int messageId() {
        return MessageId.INFORMATION_DEMAND.code();
    }
}
