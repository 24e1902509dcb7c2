package io.github.jiguan.examples.gateway.wire;

import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.message.PlatformMessage;
import java.util.Objects;

/**
 * A message for the platform to send: its body, the terminal header it goes to (phone and edition
 * are taken from it) and the serial number to send it with.
 *
 * @param peer a header the terminal sent, whose phone number and edition the message is addressed with
 * @param serial the serial number (流水号) of the message, in [0, 65535]
 * @param body the body
 */
public record Outbound(Jt808Header peer, int serial, PlatformMessage body) {

    /** Checks the values. */
    public Outbound {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(body, "body");
        if (serial < 0 || serial > 0xffff) {
            throw new IllegalArgumentException("serial out of range [0, 65535]: " + serial);
        }
    }
}
