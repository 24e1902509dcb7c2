package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x0A00 终端 RSA 公钥 (terminal RSA public key).
 *
 * @param e the public exponent
 * @param n the modulus, 128 bytes
 */
public record TerminalRsaKey(long e, Octets n) implements TerminalMessage {

    /** Checks the values. */
    public TerminalRsaKey {
        Bits.checkDword("e", e);
        Objects.requireNonNull(n, "n");
    }

    @Override
    public int messageId() {
        return MessageId.TERMINAL_RSA_KEY.code();
    }
}
