package io.github.jiguan.telematics.jt808.message;

/**
 * The body of a JT/T 808 message: a typed record of the standard, sent by the terminal
 * ({@link TerminalMessage}) or by the platform ({@link PlatformMessage}); a vendor's own body
 * ({@link VendorBody}), decoded by a codec the platform registers; or a {@link RawBody}.
 */
public sealed interface Jt808Body permits TerminalMessage, PlatformMessage, VendorBody, RawBody {

    /** The 16-bit message id of this body. */
    int messageId();
}
