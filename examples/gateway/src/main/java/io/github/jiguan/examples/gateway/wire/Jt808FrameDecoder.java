package io.github.jiguan.examples.gateway.wire;

import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.Jt808FrameView;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ScheduledFuture;

/**
 * The first handler of a connection: bytes in, {@link InboundMessage}s and {@link FrameFailure}s out,
 * through the codec's split → decode → reassemble sequence ({@link CodecPipeline}). Every byte read is
 * handed to the pipeline at once, so Netty keeps no cumulation; an unfinished frame is held by the
 * pipeline, within its bounds. An incomplete subpackaged message that stalls is asked for with 0x8003.
 */
public final class Jt808FrameDecoder extends ByteToMessageDecoder {

    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private final CodecPipeline pipeline;
    private final CodecPipeline.Limits limits;
    private ScheduledFuture<?> check;

    /** A decoder with {@code limits}, sharing {@code budget} with the other connections. */
    public Jt808FrameDecoder(CodecPipeline.Limits limits, SubpackageBudget budget, Clock clock) {
        this.limits = limits;
        this.pipeline = new CodecPipeline(limits, budget, clock);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        long nanos = System.nanoTime();
        long millis = System.currentTimeMillis();
        CodecPipeline.Sink sink = new CodecPipeline.Sink() {
            @Override
            public void message(Jt808Message message) {
                out.add(new InboundMessage(message, nanos, millis));
            }

            @Override
            public boolean location(Jt808FrameView view) {
                InboundReport report = InboundReport.of(view, nanos, millis);
                if (report == null) {
                    return false;
                }
                out.add(report);
                return true;
            }

            @Override
            public void failure(Jt808Exception error, byte[] frame, String phone) {
                out.add(new FrameFailure(error.kind(), error.getMessage(), error.offset(), frame, phone, millis));
            }
        };
        while (in.isReadable()) {
            int n = in.readableBytes();
            if (in.hasArray()) {
                pipeline.feed(in.array(), in.arrayOffset() + in.readerIndex(), n, sink);
                in.skipBytes(n);
            } else {
                byte[] scratch = SCRATCH.get();
                int chunk = Math.min(n, scratch.length);
                in.readBytes(scratch, 0, chunk);
                pipeline.feed(scratch, 0, chunk, sink);
            }
        }
        if (pipeline.hasIncomplete() && check == null) {
            scheduleCheck(ctx);
        }
    }

    private void scheduleCheck(ChannelHandlerContext ctx) {
        long delay = Math.max(1, limits.retransmitAfter().toMillis() / 2);
        check = ctx.executor().schedule(() -> {
            check = null;
            for (CodecPipeline.Stalled s : pipeline.stalled()) {
                ctx.writeAndFlush(new Outbound(s.peer(), Serials.of(ctx.channel()).next(), s.request()));
            }
            if (pipeline.hasIncomplete() && ctx.channel().isActive()) {
                scheduleCheck(ctx);
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        if (check != null) {
            check.cancel(false);
            check = null;
        }
        pipeline.release();
    }

    /** Bytes this connection holds in the codec (an unfinished frame, incomplete messages). */
    public long heldBytes() {
        return pipeline.heldBytes();
    }
}
