package io.github.jiguan.examples.gateway.wire;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of incomplete subpackaged messages held by all connections together, against one bound:
 * each connection's reassembly is bounded on its own, and this keeps many connections from adding up
 * to more than the gateway can spare. Thread-safe.
 */
public final class SubpackageBudget {

    private final long maxBytes;
    private final AtomicLong held = new AtomicLong();

    /** A budget of {@code maxBytes} (at least 1). */
    public SubpackageBudget(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Whether {@code bytes} more would still be within the bound. */
    boolean allows(long bytes) {
        return held.get() + bytes <= maxBytes;
    }

    /** Records a change of {@code delta} bytes held. */
    void add(long delta) {
        held.addAndGet(delta);
    }

    /** The bytes held now. */
    public long held() {
        return held.get();
    }

    /** The bound. */
    public long maxBytes() {
        return maxBytes;
    }
}
