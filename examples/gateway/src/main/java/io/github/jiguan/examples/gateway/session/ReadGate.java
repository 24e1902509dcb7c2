package io.github.jiguan.examples.gateway.session;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.util.function.IntConsumer;

/**
 * Whether a connection is read: reading stops while any reason holds (storage saturated, a
 * registration being stored, the terminal not reading what the platform sends) and resumes when
 * none does. The bytes a terminal sends meanwhile wait in its TCP window, so the gateway's memory
 * does not grow. Used on the connection's event loop only.
 */
public final class ReadGate {

    /** Why a connection is not read. */
    public enum Reason {
        /** The writer's queue is full (storage slow or down). */
        STORAGE,
        /** A registration is being stored; its answer must go out before anything else is read. */
        REGISTRATION,
        /** The terminal does not read: the outbound buffer is over its high-water mark. */
        OUTBOUND
    }

    private static final AttributeKey<ReadGate> KEY = AttributeKey.valueOf(ReadGate.class, "readGate");

    private final Channel channel;
    private final IntConsumer pausedChange;
    private int reasons;

    private ReadGate(Channel channel, IntConsumer pausedChange) {
        this.channel = channel;
        this.pausedChange = pausedChange;
    }

    /** The gate of {@code channel}; {@code pausedChange} hears +1 when it stops being read and -1 when it resumes. */
    public static ReadGate of(Channel channel, IntConsumer pausedChange) {
        ReadGate g = channel.attr(KEY).get();
        if (g == null) {
            ReadGate fresh = new ReadGate(channel, pausedChange);
            g = channel.attr(KEY).setIfAbsent(fresh);
            if (g == null) {
                g = fresh;
            }
        }
        return g;
    }

    /** Stops reading for {@code reason}. */
    public void close(Reason reason) {
        int before = reasons;
        reasons |= 1 << reason.ordinal();
        if (before == 0) {
            channel.config().setAutoRead(false);
            pausedChange.accept(1);
        }
    }

    /** Lifts {@code reason}; reading resumes when no reason is left. */
    public void open(Reason reason) {
        int before = reasons;
        reasons &= ~(1 << reason.ordinal());
        if (before != 0 && reasons == 0) {
            pausedChange.accept(-1);
            if (channel.isActive()) {
                channel.config().setAutoRead(true);
            }
        }
    }

    /** Whether {@code reason} holds. */
    public boolean isClosed(Reason reason) {
        return (reasons & (1 << reason.ordinal())) != 0;
    }

    /** Whether reading is stopped for any reason. */
    public boolean isPaused() {
        return reasons != 0;
    }

    /** Forgets every reason (the connection closed), keeping the paused count right. */
    public void release() {
        if (reasons != 0) {
            reasons = 0;
            pausedChange.accept(-1);
        }
    }
}
