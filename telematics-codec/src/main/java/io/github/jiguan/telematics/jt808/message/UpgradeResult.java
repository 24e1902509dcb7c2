package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;

/**
 * 0x0108 终端升级结果通知 (upgrade result).
 *
 * @param upgradeType 0 terminal, 12 IC card reader, 52 GNSS module
 * @param result 0 success, 1 failure, 2 cancelled
 */
public record UpgradeResult(int upgradeType, int result) implements TerminalMessage {

    /** Checks the values. */
    public UpgradeResult {
        Bits.checkByte("upgradeType", upgradeType);
        Bits.checkByte("result", result);
    }

    @Override
    public int messageId() {
        return MessageId.UPGRADE_RESULT.code();
    }
}
