package io.github.jiguan.examples.gateway.wire;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The serial numbers (流水号) the platform sends with on one connection: 0, 1, ... 65535, 0, ...
 * Thread-safe: commands take numbers from other threads than the event loop.
 */
public final class Serials {

    private static final AttributeKey<Serials> KEY = AttributeKey.valueOf(Serials.class, "serials");

    private final AtomicInteger next = new AtomicInteger();

    /** The serials of {@code channel}, created on first use. */
    public static Serials of(Channel channel) {
        Serials s = channel.attr(KEY).get();
        if (s == null) {
            Serials fresh = new Serials();
            s = channel.attr(KEY).setIfAbsent(fresh);
            if (s == null) {
                s = fresh;
            }
        }
        return s;
    }

    /** The next serial number. */
    public int next() {
        return next.getAndIncrement() & 0xffff;
    }
}
