package io.github.jiguan.examples.gateway.wire;

import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.Jt808Message;
import java.util.Objects;

/**
 * A message decoded from a connection, whole (a subpackaged message once reassembled).
 *
 * @param message the decoded message
 * @param receivedNanos {@link System#nanoTime()} when its last frame was read (for the ack latency)
 * @param receivedAtMillis the wall-clock time its last frame was read, epoch milliseconds
 */
public record InboundMessage(Jt808Message message, long receivedNanos, long receivedAtMillis) implements Inbound {

    /** Checks the message. */
    public InboundMessage {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public Jt808Header header() {
        return message.header();
    }

    @Override
    public int messageId() {
        return message.header().messageId();
    }
}
