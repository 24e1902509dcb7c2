package io.github.jiguan.examples.gateway.session;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tail of every connection: an exception no handler dealt with closes that connection (and only
 * that one), logged with the session. Bad input never gets here (the decoder turns it into failures);
 * this is the last line against a bug. Stateless and shared.
 */
@ChannelHandler.Sharable
public final class ErrorHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof java.io.IOException) {
            LOG.debug("connection {} failed: {}", Session.of(ctx.channel()), cause.toString());
        } else {
            LOG.error("closing {} after an unexpected error", Session.of(ctx.channel()), cause);
        }
        ctx.close();
    }
}
