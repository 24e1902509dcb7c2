package io.github.jiguan.examples.gateway.wire;

import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/**
 * The last outbound handler: an {@link Outbound} message to wire frames, addressed with the phone and
 * the edition of the terminal header it answers (a 2019 terminal gets a 2019 header with the version
 * byte it sent). Stateless and shared by every connection.
 */
@ChannelHandler.Sharable
public final class Jt808FrameEncoder extends MessageToMessageEncoder<Outbound> {

    private final Jt808Encoder encoder = Jt808Encoder.standard();

    /** The encoder. */
    public Jt808FrameEncoder() {
        super(Outbound.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Outbound msg, List<Object> out) {
        out.add(Unpooled.wrappedBuffer(encode(msg)));
    }

    /** The frames of {@code msg}, concatenated (several only for a body longer than one frame). */
    public byte[] encode(Outbound msg) {
        Jt808Header peer = msg.peer();
        Jt808Header h = Jt808Header.of(msg.body().messageId(), peer.version(), peer.phone(), msg.serial());
        if (peer.version().is2019()) {
            h = h.withProtocolVersionByte(peer.protocolVersionByte());
        }
        List<byte[]> frames = encoder.encodeAll(h, msg.body());
        if (frames.size() == 1) {
            return frames.get(0);
        }
        int n = frames.stream().mapToInt(f -> f.length).sum();
        byte[] all = new byte[n];
        int o = 0;
        for (byte[] f : frames) {
            System.arraycopy(f, 0, all, o, f.length);
            o += f.length;
        }
        return all;
    }
}
