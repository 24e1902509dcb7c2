package io.github.jiguan.examples.gateway.command;

import java.time.Duration;
import java.util.Objects;

/**
 * When to send a command again that was not answered: JT/T 808-2013 §4.4.3 (2019 §4.4.3) — after the
 * answer timeout T1 the message is sent again, and the timeout after the n-th retransmission is
 * T(n+1) = T(n) × (n+1); after the last retransmission the command has failed. The terminal
 * parameters 0x0002 (TCP answer timeout) and 0x0003 (TCP retransmissions) carry the same two figures.
 *
 * @param firstTimeout T1, the wait after the first sending
 * @param retransmissions how many times it is sent again after the first
 */
public record RetransmitPolicy(Duration firstTimeout, int retransmissions) {

    /** Checks the values. */
    public RetransmitPolicy {
        Objects.requireNonNull(firstTimeout, "firstTimeout");
        if (firstTimeout.isNegative() || firstTimeout.isZero() || retransmissions < 0) {
            throw new IllegalArgumentException("need a positive timeout and retransmissions >= 0: " + firstTimeout + ", "
                    + retransmissions);
        }
    }

    /** T1 = 10 s and 3 retransmissions: waits of 10, 20, 60 and 240 s. */
    public static RetransmitPolicy defaults() {
        return new RetransmitPolicy(Duration.ofSeconds(10), 3);
    }

    /** The wait after sending number {@code sending} (1 for the first): T(n) with T(n+1) = T(n) × (n+1). */
    public Duration timeout(int sending) {
        if (sending < 1) {
            throw new IllegalArgumentException("sending counts from 1: " + sending);
        }
        Duration t = firstTimeout;
        for (int n = 1; n < sending; n++) {
            t = t.multipliedBy(n + 1);
        }
        return t;
    }

    /** How many sendings in all: the first and the retransmissions. */
    public int sendings() {
        return 1 + retransmissions;
    }
}
