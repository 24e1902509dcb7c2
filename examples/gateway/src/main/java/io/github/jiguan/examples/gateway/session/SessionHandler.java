package io.github.jiguan.examples.gateway.session;

import io.github.jiguan.examples.gateway.metrics.GatewayMetrics;
import io.github.jiguan.examples.gateway.register.Phones;
import io.github.jiguan.examples.gateway.storage.BatchWriter;
import io.github.jiguan.examples.gateway.storage.Completion;
import io.github.jiguan.examples.gateway.storage.StorageWork;
import io.github.jiguan.examples.gateway.storage.TerminalRecord;
import io.github.jiguan.examples.gateway.wire.Inbound;
import io.github.jiguan.examples.gateway.wire.InboundMessage;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.AuthenticationRequest;
import io.github.jiguan.telematics.jt808.message.GeneralResult;
import io.github.jiguan.telematics.jt808.message.RegisterRequest;
import io.github.jiguan.telematics.jt808.message.RegisterResponse;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session of a connection ({@link Session}): answers registration (0x0100 → 0x8100, the auth code
 * handed out only once the terminal is stored), authentication (0x0102 → 0x8001), heartbeat (0x0002)
 * and logout (0x0003, which voids the auth code); refuses and closes a connection that sends anything
 * else before it authenticates; refuses and logs a message whose phone is not the one the connection is
 * bound to; closes an idle connection. Every other message of the bound terminal goes on down the
 * pipeline. Stateless (the state is the connection's {@code Session}) and shared by every connection.
 */
@io.netty.channel.ChannelHandler.Sharable
public final class SessionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);

    private interface Step {
        void handle(ChannelHandlerContext ctx, Session s, InboundMessage m);
    }

    private final TerminalRegistry registry;
    private final Sessions sessions;
    private final BatchWriter writer;
    private final GatewayMetrics metrics;
    private final Map<Integer, Step> steps = Map.of(
            MessageId.TERMINAL_REGISTER.code(), this::register,
            MessageId.TERMINAL_AUTHENTICATION.code(), this::authenticate,
            MessageId.HEARTBEAT.code(), this::heartbeat,
            MessageId.TERMINAL_LOGOUT.code(), this::logout);

    /** A handler deciding with {@code registry}, storing through {@code writer}. */
    public SessionHandler(TerminalRegistry registry, Sessions sessions, BatchWriter writer, GatewayMetrics metrics) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Inbound m)) {
            ctx.fireChannelRead(msg);
            return;
        }
        Session s = Session.of(ctx.channel());
        if (s.state() == SessionState.CLOSED) {
            return;
        }
        Step step = m instanceof InboundMessage ? steps.get(m.messageId()) : null;
        if ("?".equals(phoneOf(m.header()))) {
            refuse(ctx, s, m, "bad_phone", "phone " + m.header().phone() + " is not decimal digits");
            closeAfterRefusal(ctx, s, m.header());
        } else if (step != null) {
            step.handle(ctx, s, (InboundMessage) m);
        } else if (!s.isAuthenticated()) {
            refuse(ctx, s, m, "unauthenticated", "message " + MessageId.hex(m.messageId()) + " before authentication");
            closeAfterRefusal(ctx, s, m.header());
        } else if (!s.isBoundTo(phoneOf(m.header()))) {
            refuse(ctx, s, m, "phone_mismatch", "message " + MessageId.hex(m.messageId()) + " of phone "
                    + m.header().phoneWithoutPadding() + " on the connection of " + s.phone());
            Replies.general(ctx.channel(), m.header(), GeneralResult.FAILURE);
        } else {
            s.peer(m.header());
            ctx.fireChannelRead(m);
        }
    }

    private void register(ChannelHandlerContext ctx, Session s, InboundMessage m) {
        if (!(m.message().body() instanceof RegisterRequest request) || !s.mayRegister()) {
            refuse(ctx, s, m, "register_refused", s.mayRegister() ? "registration without a register body"
                    : "registration on an authenticated connection");
            Replies.general(ctx.channel(), m.header(), GeneralResult.FAILURE);
            return;
        }
        RegisterResponse again = s.state() == SessionState.REGISTERED ? s.answerTo(m.header().serial()) : null;
        if (again != null && registry.isCurrent(s.registeredPhone(), again.authCode())) {
            // the same registration sent again: the same answer, not a second auth code
            Replies.send(ctx.channel(), m.header(), again);
            return;
        }
        TerminalRegistry.Registration decision = registry.register(m.header().phone(), request, m.message().version());
        if (decision instanceof TerminalRegistry.Registration.Refused r) {
            refuse(ctx, s, m, "unregistered", r.reason());
            s.closed();
            Replies.send(ctx.channel(), m.header(), new RegisterResponse(m.header().serial(), r.result(), ""))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        TerminalRegistry.Registration.Accepted a = (TerminalRegistry.Registration.Accepted) decision;
        Channel ch = ctx.channel();
        ReadGate gate = ReadGate.of(ch, metrics::pausedChange);
        gate.close(ReadGate.Reason.REGISTRATION);
        writer.submit(new StorageWork.Terminal(a.terminal(), new Completion() {
            @Override
            public void committed() {
                registry.committed(a.terminal());
                ch.eventLoop().execute(() -> {
                    if (s.mayRegister()) {
                        s.registered(a.terminal().phone());
                        RegisterResponse answer = new RegisterResponse(m.header().serial(),
                                TerminalRegistry.RESULT_SUCCESS, a.authCode());
                        s.answered(m.header().serial(), answer);
                        Replies.send(ch, m.header(), answer);
                        LOG.debug("terminal {} registered (vehicle {}) on {}", a.terminal().phone(),
                                a.terminal().vehicleId(), s.connection());
                    }
                    gate.open(ReadGate.Reason.REGISTRATION);
                });
            }

            @Override
            public void refused(Exception cause) {
                ch.eventLoop().execute(() -> {
                    LOG.error("registration of {} could not be stored; closing {}", a.terminal().phone(), s.connection());
                    ch.close();
                });
            }
        }));
    }

    private void authenticate(ChannelHandlerContext ctx, Session s, InboundMessage m) {
        if (!(m.message().body() instanceof AuthenticationRequest request) || !s.mayRegister()) {
            refuse(ctx, s, m, "auth_refused", s.mayRegister() ? "authentication without an authentication body"
                    : "second authentication on an authenticated connection");
            Replies.general(ctx.channel(), m.header(), GeneralResult.FAILURE);
            return;
        }
        TerminalRegistry.Authentication decision = registry.authenticate(m.header().phone(), request,
                s.registeredPhone());
        if (decision instanceof TerminalRegistry.Authentication.Refused r) {
            refuse(ctx, s, m, "auth_refused", r.reason());
            closeAfterRefusal(ctx, s, m.header());
            return;
        }
        TerminalRegistry.Authentication.Accepted accepted = (TerminalRegistry.Authentication.Accepted) decision;
        TerminalRecord t = accepted.terminal();
        s.authenticated(t.phone(), t.vehicleId());
        s.peer(m.header());
        sessions.bind(t.phone(), ctx.channel());
        registry.committed(t);
        if (accepted.changed()) {
            // a first authentication, or a new IMEI or software version; the thousands of terminals that
            // reconnect after a restart authenticate without writing anything
            writer.submit(new StorageWork.Terminal(t, Completion.NONE));
        }
        Replies.general(ctx.channel(), m.header(), GeneralResult.SUCCESS);
        LOG.debug("terminal {} authenticated on {}", t.phone(), s.connection());
    }

    private void heartbeat(ChannelHandlerContext ctx, Session s, InboundMessage m) {
        if (!s.isBoundTo(phoneOf(m.header()))) {
            refuse(ctx, s, m, s.isAuthenticated() ? "phone_mismatch" : "unauthenticated", "heartbeat of "
                    + m.header().phoneWithoutPadding());
            closeAfterRefusal(ctx, s, m.header());
            return;
        }
        Replies.general(ctx.channel(), m.header(), GeneralResult.SUCCESS);
    }

    private void logout(ChannelHandlerContext ctx, Session s, InboundMessage m) {
        if (!s.isBoundTo(phoneOf(m.header()))) {
            refuse(ctx, s, m, s.isAuthenticated() ? "phone_mismatch" : "unauthenticated", "logout of "
                    + m.header().phoneWithoutPadding());
            closeAfterRefusal(ctx, s, m.header());
            return;
        }
        Channel ch = ctx.channel();
        registry.deregister(s.phone()).ifPresent(t -> writer.submit(new StorageWork.Terminal(t, new Completion() {
            @Override
            public void committed() {
                registry.committed(t);
                ch.eventLoop().execute(() -> Replies.general(ch, m.header(), GeneralResult.SUCCESS)
                        .addListener(ChannelFutureListener.CLOSE));
            }

            @Override
            public void refused(Exception cause) {
                ch.eventLoop().execute(ch::close);
            }
        })));
        s.closed();
        LOG.info("terminal {} logged out on {}", s.phone(), s.connection());
    }

    /** The header's phone in normal form, or "?" for one that is not all digits (never bound). */
    private static String phoneOf(Jt808Header h) {
        try {
            return Phones.normalize(h.phone());
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }

    private void refuse(ChannelHandlerContext ctx, Session s, Inbound m, String reason, String detail) {
        metrics.refused(reason);
        LOG.warn("refused ({}) on {}: {}", reason, s.connection(), detail);
    }

    private static void closeAfterRefusal(ChannelHandlerContext ctx, Session s, Jt808Header request) {
        s.closed();
        Replies.refuseAndClose(ctx.channel(), request);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            // a connection the gateway stopped reading is not idle: its bytes wait in the socket
            if (!ReadGate.of(ctx.channel(), metrics::pausedChange).isPaused()) {
                metrics.refused("idle");
                LOG.info("closing idle connection {}", Session.of(ctx.channel()));
                ctx.close();
            }
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        Session s = Session.of(ctx.channel());
        if (s.phone() != null) {
            sessions.unbind(s.phone(), ctx.channel());
        }
        s.closed();
        ReadGate.of(ctx.channel(), metrics::pausedChange).release();
        ctx.fireChannelInactive();
    }
}
