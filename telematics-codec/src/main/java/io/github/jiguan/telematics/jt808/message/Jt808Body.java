package io.github.jiguan.telematics.jt808.message;

/**
 * The body of a JT/T 808 message: a typed record of the standard, sent by the terminal
 * ({@link TerminalMessage}) or by the platform ({@link PlatformMessage}), or a {@link RawBody}.
 */
public sealed interface Jt808Body permits TerminalMessage, PlatformMessage, RawBody {

    /** The 16-bit message id of this body. */
    int messageId();
}
