package io.github.jiguan.examples.gateway.session;

import io.github.jiguan.examples.gateway.metrics.GatewayMetrics;
import io.github.jiguan.examples.gateway.storage.BadFrameRow;
import io.github.jiguan.examples.gateway.storage.BatchWriter;
import io.github.jiguan.examples.gateway.storage.StorageWork;
import io.github.jiguan.examples.gateway.wire.FrameFailure;
import io.github.jiguan.examples.gateway.wire.Inbound;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the frames of a connection that did not decode: counted by kind, the first
 * {@code maxStored} of each connection stored raw in {@code bad_frames} with the error and the
 * connection, the rest only counted. A bad frame is never acknowledged, so the terminal sends it
 * again. A connection that has sent more than {@code maxFailures} bad frames, and more bad frames
 * than good messages, is closed: it is not a terminal with a flaky link but a source of garbage.
 * One instance per connection.
 */
public final class FrameFailureHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(FrameFailureHandler.class);

    private final BatchWriter writer;
    private final GatewayMetrics metrics;
    private final int maxStored;
    private final int maxFailures;
    private long failures;
    private long messages;

    /** A handler storing through {@code writer} at most {@code maxStored} frames and closing past {@code maxFailures}. */
    public FrameFailureHandler(BatchWriter writer, GatewayMetrics metrics, int maxStored, int maxFailures) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.maxStored = maxStored;
        this.maxFailures = maxFailures;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Inbound m) {
            messages++;
            metrics.frame(m.messageId());
            ctx.fireChannelRead(msg);
            return;
        }
        if (!(msg instanceof FrameFailure f)) {
            ctx.fireChannelRead(msg);
            return;
        }
        failures++;
        metrics.decodeError(f.kind());
        Session s = Session.of(ctx.channel());
        if (failures <= maxStored) {
            writer.submit(new StorageWork.BadFrame(new BadFrameRow(f.receivedAtMillis(), s.connection(), f.phone(),
                    f.kind(), f.message(), f.offset(), f.frame())));
            LOG.debug("bad frame on {}: {} {}", s.connection(), f.kind(), f.message());
        }
        if (failures > maxFailures && failures > messages) {
            metrics.refused("garbage");
            LOG.warn("closing {}: {} bad frames and {} good messages", s.connection(), failures, messages);
            s.closed();
            ctx.close();
        }
    }
}
