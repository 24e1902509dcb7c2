package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;

/**
 * 0x8202 临时位置跟踪控制 (temporary tracking): report every {@code intervalSeconds} for {@code validitySeconds}; interval 0 stops.
 *
 * @param intervalSeconds reporting interval in seconds
 * @param validitySeconds how long to track, in seconds
 */
public record TemporaryTracking(int intervalSeconds, long validitySeconds) implements PlatformMessage {

    /** Checks the values. */
    public TemporaryTracking {
        Bits.checkWord("intervalSeconds", intervalSeconds);
        Bits.checkDword("validitySeconds", validitySeconds);
    }

    @Override
    public int messageId() {
        return MessageId.TEMPORARY_TRACKING.code();
    }
}
