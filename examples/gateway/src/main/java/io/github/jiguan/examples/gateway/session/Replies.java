package io.github.jiguan.examples.gateway.session;

import io.github.jiguan.examples.gateway.wire.Outbound;
import io.github.jiguan.examples.gateway.wire.Serials;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.message.GeneralResult;
import io.github.jiguan.telematics.jt808.message.PlatformGeneralResponse;
import io.github.jiguan.telematics.jt808.message.PlatformMessage;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;

/** Sends the platform's answers on a connection, from any thread. */
public final class Replies {

    private Replies() {
    }

    /** Sends {@code body} to the terminal of {@code peer} with the connection's next serial number. */
    public static ChannelFuture send(Channel channel, Jt808Header peer, PlatformMessage body) {
        return channel.writeAndFlush(new Outbound(peer, Serials.of(channel).next(), body));
    }

    /** Answers the message of {@code request} with a 0x8001 of {@code result}. */
    public static ChannelFuture general(Channel channel, Jt808Header request, GeneralResult result) {
        return send(channel, request, PlatformGeneralResponse.to(request.serial(), request.messageId(), result));
    }

    /** Answers the message of {@code request} with a 0x8001 failure, then closes the connection. */
    public static void refuseAndClose(Channel channel, Jt808Header request) {
        general(channel, request, GeneralResult.FAILURE).addListener(ChannelFutureListener.CLOSE);
    }
}
