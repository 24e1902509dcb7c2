package io.github.jiguan.telematics.jt808.message;

import java.util.Objects;

/**
 * 0x8004 查询服务器时间应答 (server time, 2019): BCD[6] time.
 *
 * @param time the server time
 */
public record ServerTimeResponse(BcdTime time) implements PlatformMessage {

    /** Checks the values. */
    public ServerTimeResponse {
        Objects.requireNonNull(time, "time");
    }

    @Override
    public int messageId() {
        return MessageId.SERVER_TIME_RESPONSE.code();
    }
}
