package io.github.jiguan.examples.gateway.session;

import io.netty.channel.Channel;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The authenticated connections, by phone: where a platform command goes. A terminal that
 * authenticates again on a new connection replaces its old one, which is closed (a terminal that lost
 * its link reconnects before the old connection times out). Thread-safe.
 */
public final class Sessions {

    private final ConcurrentHashMap<String, Channel> byPhone = new ConcurrentHashMap<>();

    /** Records {@code channel} as the connection of {@code phone}, closing the one it replaces. */
    public void bind(String phone, Channel channel) {
        Channel old = byPhone.put(phone, channel);
        if (old != null && old != channel) {
            old.close();
        }
    }

    /** Forgets {@code channel} if it is still the connection of {@code phone}. */
    public void unbind(String phone, Channel channel) {
        byPhone.remove(phone, channel);
    }

    /** The open connection of {@code phone}, if any. */
    public Optional<Channel> channel(String phone) {
        Channel c = byPhone.get(phone);
        return c != null && c.isActive() ? Optional.of(c) : Optional.empty();
    }

    /** Whether {@code phone} has an open authenticated connection. */
    public boolean isOnline(String phone) {
        return channel(phone).isPresent();
    }

    /** The number of authenticated connections. */
    public int size() {
        return byPhone.size();
    }
}
