package io.github.jiguan.examples.gateway.command;

import io.github.jiguan.examples.gateway.session.Session;
import io.github.jiguan.examples.gateway.session.Sessions;
import io.github.jiguan.examples.gateway.storage.BatchWriter;
import io.github.jiguan.examples.gateway.storage.CommandLogRow;
import io.github.jiguan.examples.gateway.storage.StorageWork;
import io.github.jiguan.examples.gateway.wire.Outbound;
import io.github.jiguan.examples.gateway.wire.Serials;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.LocationQuery;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.PlatformMessage;
import io.github.jiguan.telematics.jt808.message.SetParameters;
import io.github.jiguan.telematics.jt808.message.TerminalControl;
import io.github.jiguan.telematics.jt808.message.TerminalParameter;
import io.github.jiguan.telematics.jt808.message.TextMessage;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends platform commands to terminals and tells how each ended: 0x8103 parameter setting, 0x8201
 * location query (answered by 0x0201), 0x8300 text, 0x8105 terminal control, or any other platform
 * message. A command is answered by the terminal's 0x0001 (or 0x0201, 0x0104) with its serial number;
 * without an answer it is sent again by the {@link RetransmitPolicy}, with the same serial. Every
 * command is written to the command log when sent and when it ends. Thread-safe: call it from any
 * thread; the work happens on the terminal connection's event loop.
 */
public final class TerminalCommands {

    private static final AttributeKey<Map<Integer, Pending>> PENDING = AttributeKey.valueOf(TerminalCommands.class,
            "pendingCommands");

    private final Sessions sessions;
    private final BatchWriter writer;
    private final RetransmitPolicy policy;
    private final Clock clock;
    private final AtomicLong ids;

    private final class Pending {
        final long id;
        final String phone;
        final Jt808Header peer;
        final int serial;
        final PlatformMessage body;
        final Instant sentAt;
        final CompletableFuture<CommandResult> future = new CompletableFuture<>();
        int attempts;
        ScheduledFuture<?> timer;

        Pending(long id, String phone, Jt808Header peer, int serial, PlatformMessage body, Instant sentAt) {
            this.id = id;
            this.phone = phone;
            this.peer = peer;
            this.serial = serial;
            this.body = body;
            this.sentAt = sentAt;
        }

        CommandLogRow row(String outcome, Integer result, Instant answeredAt) {
            return new CommandLogRow(id, phone, body.messageId(), serial, body.toString(), sentAt, attempts, outcome,
                    result, answeredAt);
        }
    }

    /** Commands to the terminals of {@code sessions}, logged through {@code writer}. */
    public TerminalCommands(Sessions sessions, BatchWriter writer, RetransmitPolicy policy, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = new AtomicLong(clock.millis() << 16);
    }

    /** 0x8103: sets terminal parameters. */
    public CompletableFuture<CommandResult> setParameters(String phone, List<TerminalParameter> parameters) {
        return send(phone, new SetParameters(parameters));
    }

    /** 0x8201: asks for the terminal's position; the result carries the 0x0201 position. */
    public CompletableFuture<CommandResult> queryLocation(String phone) {
        return send(phone, new LocationQuery());
    }

    /** 0x8300: sends a text to be shown (flag bit 2, display) to the driver. */
    public CompletableFuture<CommandResult> text(String phone, String text) {
        return send(phone, new TextMessage(1 << 2, 1, text));
    }

    /** 0x8105: a terminal control command (1 wireless upgrade, 2 connect to a server, 3 power off, 4 reset, ...). */
    public CompletableFuture<CommandResult> control(String phone, int command, String parameters) {
        return send(phone, TerminalControl.of(command, parameters));
    }

    /**
     * Sends {@code command} to the terminal of {@code phone} (normal form). The future completes when the
     * terminal answers, after the last retransmission went unanswered, or at once with
     * {@link CommandResult.Outcome#OFFLINE} when the terminal is not connected.
     */
    public CompletableFuture<CommandResult> send(String phone, PlatformMessage command) {
        Objects.requireNonNull(command, "command");
        Channel ch = sessions.channel(Objects.requireNonNull(phone, "phone")).orElse(null);
        if (ch == null) {
            return CompletableFuture.completedFuture(new CommandResult(CommandResult.Outcome.OFFLINE, 0, null, null, null));
        }
        CompletableFuture<CommandResult> result = new CompletableFuture<>();
        ch.eventLoop().execute(() -> start(ch, phone, command).future.whenComplete((r, e) -> {
            if (e != null) {
                result.completeExceptionally(e);
            } else {
                result.complete(r);
            }
        }));
        return result;
    }

    private Pending start(Channel ch, String phone, PlatformMessage command) {
        Session s = Session.of(ch);
        Pending p = new Pending(ids.incrementAndGet(), phone, s.peer(), Serials.of(ch).next(), command, clock.instant());
        if (!s.isAuthenticated() || s.peer() == null) {
            p.future.complete(new CommandResult(CommandResult.Outcome.OFFLINE, 0, null, null, null));
            return p;
        }
        pending(ch).put(p.serial, p);
        transmit(ch, p);
        writer.submit(new StorageWork.Command(p.row("SENT", null, null), true));
        return p;
    }

    private void transmit(Channel ch, Pending p) {
        p.attempts++;
        ch.writeAndFlush(new Outbound(p.peer, p.serial, p.body));
        p.timer = ch.eventLoop().schedule(() -> timedOut(ch, p), policy.timeout(p.attempts).toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void timedOut(Channel ch, Pending p) {
        if (p.future.isDone()) {
            return;
        }
        if (p.attempts < policy.sendings() && ch.isActive()) {
            transmit(ch, p);
            return;
        }
        finish(ch, p, ch.isActive() ? CommandResult.Outcome.TIMED_OUT : CommandResult.Outcome.OFFLINE, null, null);
    }

    /**
     * The terminal on {@code ch} answered the platform message {@code responseSerial} ({@code responseId}
     * when the answer names it, otherwise -1) with {@code result} (null for an answer without a result
     * code, such as 0x0201 with {@code location}). Returns whether it answered a pending command.
     * Called on the connection's event loop.
     */
    boolean answered(Channel ch, int responseSerial, int responseId, Integer result, LocationReport location) {
        Map<Integer, Pending> map = ch.attr(PENDING).get();
        Pending p = map == null ? null : map.get(responseSerial);
        if (p == null || (responseId >= 0 && responseId != p.body.messageId())) {
            return false;
        }
        CommandResult.Outcome outcome = result == null ? CommandResult.Outcome.ACKNOWLEDGED : CommandResult.ofResult(result);
        finish(ch, p, outcome, result, location);
        return true;
    }

    /** The connection {@code ch} closed: its pending commands end as offline. Called on its event loop. */
    void closed(Channel ch) {
        Map<Integer, Pending> map = ch.attr(PENDING).get();
        if (map == null) {
            return;
        }
        for (Pending p : List.copyOf(map.values())) {
            finish(ch, p, CommandResult.Outcome.OFFLINE, null, null);
        }
    }

    private void finish(Channel ch, Pending p, CommandResult.Outcome outcome, Integer result, LocationReport location) {
        pending(ch).remove(p.serial);
        if (p.timer != null) {
            p.timer.cancel(false);
        }
        Instant answeredAt = result != null || location != null ? clock.instant() : null;
        writer.submit(new StorageWork.Command(p.row(outcome.name(), result, answeredAt), false));
        p.future.complete(new CommandResult(outcome, p.attempts, result, location, answeredAt));
    }

    private static Map<Integer, Pending> pending(Channel ch) {
        Map<Integer, Pending> map = ch.attr(PENDING).get();
        if (map == null) {
            map = new HashMap<>();
            ch.attr(PENDING).set(map);
        }
        return map;
    }

    /** The message id a command's answer names, for the log: {@code 0x8300} and so on. */
    static String hex(int id) {
        return MessageId.hex(id);
    }
}
