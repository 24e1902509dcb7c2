package io.github.jiguan.examples.gateway.command;

import io.github.jiguan.examples.gateway.session.Replies;
import io.github.jiguan.examples.gateway.wire.InboundMessage;
import io.github.jiguan.telematics.jt808.message.GeneralResult;
import io.github.jiguan.telematics.jt808.message.LocationQueryResponse;
import io.github.jiguan.telematics.jt808.message.QueryParametersResponse;
import io.github.jiguan.telematics.jt808.message.TerminalGeneralResponse;
import io.github.jiguan.telematics.jt808.message.TerminalMessage;
import io.github.jiguan.telematics.jt808.message.VehicleControlResponse;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.Objects;
import java.util.Set;

/**
 * The last inbound handler of an authenticated connection: hands the terminal's answers (0x0001,
 * 0x0201, 0x0104, 0x0500) to {@link TerminalCommands}, and acknowledges with 0x8001 every other
 * message that needs an answer and that no earlier handler answered. Stateless (the state is the connection's {@code Session}) and shared by every connection.
 */
@io.netty.channel.ChannelHandler.Sharable
public final class CommandHandler extends ChannelInboundHandlerAdapter {

    /** Answers: they need no 0x8001 of their own. */
    private static final Set<Integer> ANSWERS = Set.of(0x0001, 0x0201, 0x0104, 0x0107, 0x0500, 0x0802, 0x0805);

    private final TerminalCommands commands;

    /** A handler correlating answers for {@code commands}. */
    public CommandHandler(TerminalCommands commands) {
        this.commands = Objects.requireNonNull(commands, "commands");
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof InboundMessage m)) {
            ctx.fireChannelRead(msg);
            return;
        }
        Object body = m.message().body();
        if (body instanceof TerminalGeneralResponse r) {
            commands.answered(ctx.channel(), r.responseSerial(), r.responseMessageId(), r.result(), null);
        } else if (body instanceof LocationQueryResponse r) {
            commands.answered(ctx.channel(), r.responseSerial(), -1, null, r.location());
        } else if (body instanceof QueryParametersResponse r) {
            commands.answered(ctx.channel(), r.responseSerial(), -1, null, null);
        } else if (body instanceof VehicleControlResponse r) {
            commands.answered(ctx.channel(), r.responseSerial(), -1, null, r.location());
        } else if (!ANSWERS.contains(m.messageId()) && !isLocation(body)) {
            Replies.general(ctx.channel(), m.header(), body instanceof TerminalMessage
                    ? GeneralResult.SUCCESS : GeneralResult.UNSUPPORTED);
        }
    }

    private static boolean isLocation(Object body) {
        return body instanceof io.github.jiguan.telematics.jt808.message.LocationReport
                || body instanceof io.github.jiguan.telematics.jt808.message.BatchLocationUpload;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        commands.closed(ctx.channel());
        ctx.fireChannelInactive();
    }
}
