package io.github.jiguan.examples.gateway;

import io.github.jiguan.examples.gateway.command.CommandHandler;
import io.github.jiguan.examples.gateway.command.RetransmitPolicy;
import io.github.jiguan.examples.gateway.command.TerminalCommands;
import io.github.jiguan.examples.gateway.location.LocationHandler;
import io.github.jiguan.examples.gateway.metrics.GatewayMetrics;
import io.github.jiguan.examples.gateway.register.Register;
import io.github.jiguan.examples.gateway.session.FrameFailureHandler;
import io.github.jiguan.examples.gateway.session.SessionHandler;
import io.github.jiguan.examples.gateway.session.Sessions;
import io.github.jiguan.examples.gateway.session.TerminalRegistry;
import io.github.jiguan.examples.gateway.storage.BatchWriter;
import io.github.jiguan.examples.gateway.storage.Database;
import io.github.jiguan.examples.gateway.wire.InboundMessage;
import io.github.jiguan.examples.gateway.wire.InboundReport;
import io.github.jiguan.examples.gateway.wire.Jt808FrameEncoder;
import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.Jt808FrameView;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.Jt808Body;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The handlers of a connection on an {@link EmbeddedChannel}, over a real H2 database and writer. The
 * writer's thread hands acknowledgements to the channel's event loop, which for an embedded channel is
 * not thread-safe: tests queue their work with the writer stopped, then start it and {@link #settle}, which
 * waits until it has handed over everything queued (its pending count, an atomic, orders that) before
 * running the channel's tasks on the test's thread.
 */
public final class HandlerFixture implements AutoCloseable {

    public final Database database;
    public final BatchWriter writer;
    public final GatewayMetrics metrics = new GatewayMetrics();
    public final Sessions sessions = new Sessions();
    public final TerminalRegistry registry;
    public final TerminalCommands commands;
    private final Jt808Encoder encoder = Jt808Encoder.standard();
    private final Jt808Decoder decoder = Jt808Decoder.strict();

    public HandlerFixture(Path dir, Register register, boolean open, BatchWriter.Settings settings,
            RetransmitPolicy policy) throws Exception {
        this(dir, register, open, settings, policy, true);
    }

    /** A fixture whose writer is started only if {@code start} (otherwise by the test, with {@code writer.start()}). */
    public HandlerFixture(Path dir, Register register, boolean open, BatchWriter.Settings settings,
            RetransmitPolicy policy, boolean start) throws Exception {
        this.database = TestDatabases.open(TestDatabases.Kind.H2, dir);
        this.writer = new BatchWriter(database.storage(), settings, metrics.registry());
        if (start) {
            writer.start();
        }
        this.registry = new TerminalRegistry(register, open, database.loadTerminals(), sessions, Clock.systemUTC());
        this.commands = new TerminalCommands(sessions, writer, policy, Clock.systemUTC());
    }

    /** A connection with every inbound handler after the decoder, and the encoder. */
    public EmbeddedChannel channel() {
        return new EmbeddedChannel(new Jt808FrameEncoder(), new FrameFailureHandler(writer, metrics, 10, 20),
                new SessionHandler(registry, sessions, writer, metrics), new LocationHandler(writer, metrics),
                new CommandHandler(commands));
    }

    /** {@code body} from {@code phone} as a decoded inbound message, as the frame decoder hands it on. */
    public InboundMessage inbound(String phone, ProtocolVersion v, int serial, Jt808Body body) {
        byte[] wire = encoder.encode(Jt808Header.of(body.messageId(), v, phone, serial), body);
        return new InboundMessage(decoder.decode(wire), System.nanoTime(), System.currentTimeMillis());
    }

    /** {@code report} from {@code phone} read through the codec's frame view, as the frame decoder hands a clean 0x0200 on. */
    public InboundReport report(String phone, ProtocolVersion v, int serial, LocationReport report) {
        byte[] wire = encoder.encode(Jt808Header.of(report.messageId(), v, phone, serial), report);
        Jt808FrameView view = new Jt808FrameView(DecodeOptions.STRICT);
        if (!view.wrap(wire, 0, wire.length)) {
            throw new IllegalArgumentException("not a clean frame: " + view);
        }
        return InboundReport.of(view, System.nanoTime(), System.currentTimeMillis());
    }

    /** Waits until the writer has stored and handed over all it was given, then runs the channel's tasks. */
    public void settle(EmbeddedChannel ch) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (writer.pending() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        ch.runPendingTasks();
    }

    /** The next message the channel sent, decoded, or null. */
    public Jt808Message outbound(EmbeddedChannel ch) {
        ByteBuf b = ch.readOutbound();
        if (b == null) {
            return null;
        }
        byte[] wire = new byte[b.readableBytes()];
        b.readBytes(wire);
        b.release();
        return decoder.decode(wire);
    }

    /** The count of a query. */
    public long count(String sql) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        writer.close(Duration.ofSeconds(5));
        database.close();
    }
}
