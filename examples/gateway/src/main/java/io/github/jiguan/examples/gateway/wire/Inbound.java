package io.github.jiguan.examples.gateway.wire;

import io.github.jiguan.telematics.jt808.Jt808Header;

/**
 * What a connection's frame decoder hands down the pipeline for one whole message: a decoded
 * {@link InboundMessage}, or an {@link InboundReport} read straight from a location report's bytes.
 */
public sealed interface Inbound permits InboundMessage, InboundReport {

    /** The message's header. */
    Jt808Header header();

    /** The message id. */
    default int messageId() {
        return header().messageId();
    }

    /** {@link System#nanoTime()} when its last frame was read (for the ack latency). */
    long receivedNanos();

    /** The wall-clock time its last frame was read, epoch milliseconds. */
    long receivedAtMillis();
}
