package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * A body kept as bytes: a message id outside the standard (a vendor's, or JT/T 1078 video), an
 * encrypted body, or one fragment of a subpackaged message. Not an error: it re-encodes to the
 * same bytes.
 *
 * @param messageId the 16-bit message id
 * @param bytes the body
 */
public record RawBody(int messageId, Octets bytes) implements Jt808Body {

    /** Checks the id. */
    public RawBody {
        Bits.checkWord("messageId", messageId);
        Objects.requireNonNull(bytes, "bytes");
    }
}
