package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;

/**
 * 0x8003 补传分包请求 (the platform asks for missing fragments): the serial of the first fragment and the indices to resend; the count is a BYTE before 2019 and a WORD in 2019.
 *
 * @param originalSerial the serial of the first fragment of the original message
 * @param packageIds the fragment indices to resend
 */
public record RetransmitRequest(int originalSerial, List<Integer> packageIds) implements PlatformMessage {

    /** Checks the values. */
    public RetransmitRequest {
        Bits.checkWord("originalSerial", originalSerial);
        packageIds = List.copyOf(packageIds);
    }

    @Override
    public int messageId() {
        return MessageId.RETRANSMIT_REQUEST.code();
    }
}
