package io.github.jiguan.examples.gateway;

import io.github.jiguan.examples.gateway.command.CommandHandler;
import io.github.jiguan.examples.gateway.command.TerminalCommands;
import io.github.jiguan.examples.gateway.location.LocationHandler;
import io.github.jiguan.examples.gateway.metrics.GatewayMetrics;
import io.github.jiguan.examples.gateway.metrics.MetricsServer;
import io.github.jiguan.examples.gateway.register.Register;
import io.github.jiguan.examples.gateway.register.RegisterCsv;
import io.github.jiguan.examples.gateway.session.ConnectionGuard;
import io.github.jiguan.examples.gateway.session.ErrorHandler;
import io.github.jiguan.examples.gateway.session.FrameFailureHandler;
import io.github.jiguan.examples.gateway.session.SessionHandler;
import io.github.jiguan.examples.gateway.session.Sessions;
import io.github.jiguan.examples.gateway.session.TerminalRegistry;
import io.github.jiguan.examples.gateway.storage.BatchWriter;
import io.github.jiguan.examples.gateway.storage.Database;
import io.github.jiguan.examples.gateway.wire.Jt808FrameDecoder;
import io.github.jiguan.examples.gateway.wire.Jt808FrameEncoder;
import io.github.jiguan.examples.gateway.wire.SubpackageBudget;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JT/T 808 gateway: a Netty server that takes terminal connections, runs their sessions, stores
 * their positions and acknowledges each only after it is committed, and sends platform commands.
 * One handler per concern on each connection: frame (decode), bad frames, session, positions,
 * commands, and the outbound encoder. Start it with {@link #start}; close it to stop.
 *
 * <pre>{@code
 * GatewayConfig config = GatewayConfig.builder().port(8808).registerFile(Path.of("vehicles.csv")).build();
 * try (Gateway gateway = Gateway.start(config)) {
 *     gateway.commands().text("13900000001", "请于 17:00 前还车").join();
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Gateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final GatewayConfig config;
    private final Database database;
    private final BatchWriter writer;
    private final GatewayMetrics metrics;
    private final Sessions sessions;
    private final TerminalCommands commands;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ChannelGroup channels = new DefaultChannelGroup("terminals", GlobalEventExecutor.INSTANCE);
    private final Channel server;
    private final MetricsServer metricsServer;
    private final Register register;

    private Gateway(GatewayConfig config, Register register) throws SQLException, IOException {
        this.config = config;
        LOG.info("starting: {}", config);
        this.metrics = new GatewayMetrics();
        this.database = Database.open(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword(), config.poolSize());
        boolean started = false;
        EventLoopGroup b = null;
        EventLoopGroup w = null;
        BatchWriter bw = null;
        MetricsServer ms = null;
        try {
            this.register = adoptRegister(register);
            this.sessions = new Sessions();
            TerminalRegistry registry = new TerminalRegistry(this.register, config.openRegistration(),
                    database.loadTerminals(), sessions, Clock.systemUTC());
            bw = new BatchWriter(database.storage(), config.writer(), metrics.registry()).start();
            this.writer = bw;
            this.commands = new TerminalCommands(sessions, bw, config.commands(), Clock.systemUTC());
            b = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
            w = new MultiThreadIoEventLoopGroup(config.ioThreads(), NioIoHandler.newFactory());
            this.boss = b;
            this.workers = w;
            this.server = bind(registry, bw);
            ms = config.metricsPort() < 0 ? null
                    : MetricsServer.start(new InetSocketAddress(config.host(), config.metricsPort()), metrics);
            this.metricsServer = ms;
            started = true;
            LOG.info("listening on port {} ({} vehicles in the register{}){}", port(), this.register.entries().size(),
                    config.openRegistration() ? ", open registration" : "",
                    ms == null ? "" : ", metrics at http://" + config.host() + ":" + ms.port() + "/metrics");
        } finally {
            if (!started) {
                if (ms != null) {
                    ms.close();
                }
                shutdown(b, w);
                if (bw != null) {
                    bw.close(Duration.ofSeconds(1));
                }
                database.close();
            }
        }
    }

    /**
     * Starts a gateway with {@code config}: opens and migrates the database, stores the register of
     * {@code config.registerFile()} (or, without one, keeps the register stored by an earlier run), and
     * listens.
     *
     * @throws UncheckedIOException when the port or the register file cannot be opened
     * @throws IllegalStateException when the database cannot be read
     */
    public static Gateway start(GatewayConfig config) {
        Register r = config.registerFile() == null ? null : RegisterCsv.read(config.registerFile());
        return start(config, r);
    }

    /** Starts a gateway with {@code register} in place of the config's register file (null: the stored one). */
    public static Gateway start(GatewayConfig config, Register register) {
        Objects.requireNonNull(config, "config");
        try {
            return new Gateway(config, register);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database " + config.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    private Register adoptRegister(Register given) throws SQLException {
        if (given == null) {
            Register stored = Register.of(database.positions().register());
            LOG.info("no register given: using the {} vehicles stored by the last run", stored.entries().size());
            return stored;
        }
        given.rejections().forEach(r -> LOG.warn("register row rejected: {}", r));
        database.replaceRegister(given);
        return given;
    }

    private Channel bind(TerminalRegistry registry, BatchWriter bw) {
        SubpackageBudget budget = new SubpackageBudget(config.subpackageBudget());
        Jt808FrameEncoder encoder = new Jt808FrameEncoder();
        SessionHandler session = new SessionHandler(registry, sessions, bw, metrics);
        LocationHandler locations = new LocationHandler(bw, metrics);
        CommandHandler commandHandler = new CommandHandler(commands);
        ErrorHandler errors = new ErrorHandler();
        long idle = config.idleTimeout().toMillis();
        ServerBootstrap sb = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 8192)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(8 * 1024, 32 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        channels.add(ch);
                        ch.pipeline().addLast(encoder,
                                new IdleStateHandler(idle, 0, 0, TimeUnit.MILLISECONDS),
                                new ConnectionGuard(metrics, config.outboundStall()),
                                new Jt808FrameDecoder(config.limits(), budget, Clock.systemUTC()),
                                new FrameFailureHandler(bw, metrics, config.maxStoredBadFrames(), config.maxBadFrames()),
                                session, locations, commandHandler, errors);
                    }
                });
        try {
            return sb.bind(config.host(), config.port()).sync().channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding port " + config.port(), e);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot listen on " + config.host() + ":" + config.port()
                    + ": " + e.getMessage(), e));
        }
    }

    /** The port terminals connect to. */
    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** The port of the Prometheus endpoint, if it runs. */
    public Optional<Integer> metricsPort() {
        return Optional.ofNullable(metricsServer).map(MetricsServer::port);
    }

    /** The platform commands API. */
    public TerminalCommands commands() {
        return commands;
    }

    /** The meters. */
    public GatewayMetrics metrics() {
        return metrics;
    }

    /** The database (for reads: export, reconciliation). */
    public Database database() {
        return database;
    }

    /** The authenticated connections. */
    public Sessions sessions() {
        return sessions;
    }

    /** The register in force. */
    public Register register() {
        return register;
    }

    /** The configuration. */
    public GatewayConfig config() {
        return config;
    }

    /** Positions and rows queued for storage, not yet committed. */
    public int pendingStorage() {
        return writer.pending();
    }

    /**
     * Stops: no new connections, closes the open ones, stores what is queued (for at most 10 s; what is
     * left was never acknowledged), closes the database.
     */
    @Override
    public void close() {
        LOG.info("stopping: {} connections, {} rows queued", channels.size(), writer.pending());
        server.close().awaitUninterruptibly();
        channels.close().awaitUninterruptibly();
        writer.close(Duration.ofSeconds(10));
        shutdown(boss, workers);
        if (metricsServer != null) {
            metricsServer.close();
        }
        database.close();
        LOG.info("stopped");
    }

    private static void shutdown(EventLoopGroup... groups) {
        for (EventLoopGroup g : groups) {
            if (g != null) {
                g.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
            }
        }
    }
}
