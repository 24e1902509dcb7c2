package io.github.jiguan.telematics.jt808.message;

import java.util.Objects;

/**
 * 0x8606 设置路线 (set a route).
 *
 * @param route the route
 */
public record SetRoute(Route route) implements PlatformMessage {

    /** Checks the values. */
    public SetRoute {
        Objects.requireNonNull(route, "route");
    }

    @Override
    public int messageId() {
        return MessageId.SET_ROUTE.code();
    }
}
