package io.github.jiguan.examples.gateway.session;

import io.github.jiguan.examples.gateway.metrics.GatewayMetrics;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds what a connection can make the gateway hold on the way out: when the terminal stops reading
 * and the outbound buffer passes its high-water mark, the gateway stops reading it too (its answers
 * could not be delivered anyway); if it stays so for {@code stallTimeout}, the connection is closed.
 * Also counts the connections. One instance per connection.
 */
public final class ConnectionGuard extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

    private final GatewayMetrics metrics;
    private final Duration stallTimeout;
    private ScheduledFuture<?> stall;

    /** A guard closing connections that do not read for {@code stallTimeout}. */
    public ConnectionGuard(GatewayMetrics metrics, Duration stallTimeout) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.stallTimeout = Objects.requireNonNull(stallTimeout, "stallTimeout");
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        metrics.connectionOpened();
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        metrics.connectionClosed();
        if (stall != null) {
            stall.cancel(false);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        ReadGate gate = ReadGate.of(ctx.channel(), metrics::pausedChange);
        if (!ctx.channel().isWritable()) {
            gate.close(ReadGate.Reason.OUTBOUND);
            if (stall == null) {
                stall = ctx.executor().schedule(() -> {
                    if (!ctx.channel().isWritable()) {
                        metrics.refused("not_reading");
                        LOG.warn("closing {}: it has not read what the platform sent for {}", Session.of(ctx.channel()),
                                stallTimeout);
                        ctx.close();
                    }
                }, stallTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } else {
            gate.open(ReadGate.Reason.OUTBOUND);
            if (stall != null) {
                stall.cancel(false);
                stall = null;
            }
        }
        ctx.fireChannelWritabilityChanged();
    }
}
