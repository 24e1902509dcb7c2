package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x8A00 平台 RSA 公钥 (platform RSA public key).
 *
 * @param e the public exponent
 * @param n the modulus, 128 bytes
 */
public record PlatformRsaKey(long e, Octets n) implements PlatformMessage {

    /** Checks the values. */
    public PlatformRsaKey {
        Bits.checkDword("e", e);
        Objects.requireNonNull(n, "n");
    }

    @Override
    public int messageId() {
        return MessageId.PLATFORM_RSA_KEY.code();
    }
}
