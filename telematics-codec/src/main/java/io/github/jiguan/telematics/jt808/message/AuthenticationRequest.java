package io.github.jiguan.telematics.jt808.message;

import java.util.Objects;

/**
 * 0x0102 终端鉴权 (authentication). Before 2019 the body is the auth code alone; 2019 adds its
 * length, the IMEI and the software version. {@code layout} records which one the body used.
 *
 * @param layout the body layout: 2013 (also 2011) or 2019
 * @param authCode the auth code
 * @param imei terminal IMEI, 15 bytes (2019; empty before)
 * @param softwareVersion software version, 20 bytes (2019; empty before)
 */
public record AuthenticationRequest(ProtocolVersion layout, String authCode, String imei, String softwareVersion) implements TerminalMessage {

    /** Checks the values. */
    public AuthenticationRequest {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(authCode, "authCode");
        Objects.requireNonNull(imei, "imei");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
    }

    @Override
    public int messageId() {
        return MessageId.TERMINAL_AUTHENTICATION.code();
    }
}
