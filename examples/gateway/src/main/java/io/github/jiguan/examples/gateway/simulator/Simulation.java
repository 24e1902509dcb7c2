package io.github.jiguan.examples.gateway.simulator;

import io.github.jiguan.examples.gateway.command.RetransmitPolicy;
import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running simulation: the terminals of a {@link FleetPlan} connected to a gateway, and the player
 * that hands each terminal its fixes in time order on the compressed clock. Start it with
 * {@link FleetPlan#start}; wait for it with {@link #await}; close it to stop it early. Thread-safe.
 */
public final class Simulation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Simulation.class);

    private final FleetPlan plan;
    private final SimulationConfig config;
    private final InetSocketAddress address;
    private final EventLoopGroup group;
    private final Bootstrap bootstrap;
    private final List<SimulatedTerminal> terminals = new ArrayList<>();
    private final Map<EventLoop, List<SimulatedTerminal>> byLoop = new IdentityHashMap<>();
    private final List<ScheduledFuture<?>> tickers = new ArrayList<>();
    private final Jt808Encoder encoder = Jt808Encoder.standard();
    private final Jt808Decoder decoder = Jt808Decoder.lenient();
    private final RetransmitPolicy policy;
    private final Counters counters = new Counters();
    private final AtomicLong outstanding = new AtomicLong();
    private final Timer ackLatency;
    private final Thread player;
    private final long startedNanos = System.nanoTime();
    private volatile boolean playerDone;
    private volatile boolean closing;
    private volatile long finishedNanos;

    Simulation(FleetPlan plan, InetSocketAddress address) {
        this.plan = plan;
        this.config = plan.config();
        this.address = address;
        this.policy = new RetransmitPolicy(config.ackTimeout(), config.retransmissions());
        this.ackLatency = Timer.builder("simulator.ack.latency").publishPercentiles(0.5, 0.99)
                .register(new SimpleMeterRegistry());
        this.group = new MultiThreadIoEventLoopGroup(config.ioThreads(), NioIoHandler.newFactory());
        this.bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000);
        for (int v = 0; v < plan.vehicles().size(); v++) {
            EventLoop loop = group.next();
            SimulatedTerminal t = new SimulatedTerminal(this, v, plan.vehicles().get(v).terminalPhone(),
                    plan.editions().get(v), plan.vehicles().get(v).vehicle().plate().toString(), loop);
            terminals.add(t);
            byLoop.computeIfAbsent(loop, k -> new ArrayList<>()).add(t);
        }
        for (EventExecutor e : group) {
            EventLoop loop = (EventLoop) e;
            List<SimulatedTerminal> mine = byLoop.getOrDefault(loop, List.of());
            tickers.add(loop.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                for (SimulatedTerminal t : mine) {
                    t.tick(now);
                }
            }, 50, 50, TimeUnit.MILLISECONDS));
        }
        this.player = new Thread(this::play, "jiguan-simulator-player");
        this.player.setDaemon(true);
    }

    void start() {
        player.start();
    }

    private void play() {
        connectAll();
        PlannedFixes fixes = plan.fixes();
        int n = fixes.size();
        long t0 = System.nanoTime();
        long simStart = n == 0 ? 0 : fixes.sendTime(fixes.inOrder(0));
        for (int k = 0; k < n && !closing; k++) {
            int row = fixes.inOrder(k);
            if (config.speed() > 0) {
                waitUntil(t0 + (long) ((fixes.sendTime(row) - simStart) * 1e6 / config.speed()));
            }
            if (config.maxRate() > 0) {
                waitUntil(t0 + (long) (k * 1e9 / config.maxRate()));
            }
            while (outstanding.get() >= config.maxOutstanding() && !closing) {
                LockSupport.parkNanos(200_000);
            }
            outstanding.incrementAndGet();
            counters.handedOut.increment();
            terminals.get(fixes.vehicle(row)).offer(row);
        }
        terminals.forEach(SimulatedTerminal::finish);
        playerDone = true;
    }

    private void connectAll() {
        long t0 = System.nanoTime();
        for (int i = 0; i < terminals.size() && !closing; i++) {
            waitUntil(t0 + (long) (i * 1e9 / config.connectRate()));
            SimulatedTerminal t = terminals.get(i);
            t.loop.execute(t::connect);
        }
    }

    private static void waitUntil(long nanos) {
        long d;
        while ((d = nanos - System.nanoTime()) > 50_000) {
            LockSupport.parkNanos(Math.min(d, 10_000_000));
        }
    }

    void acknowledged(int locations, long nanos) {
        ackLatency.record(nanos, TimeUnit.NANOSECONDS);
        if (outstanding.addAndGet(-locations) == 0 && playerDone) {
            finishedNanos = System.nanoTime();
        }
    }

    void undeliverable(int locations) {
        counters.undeliverable.add(locations);
        if (outstanding.addAndGet(-locations) == 0 && playerDone) {
            finishedNanos = System.nanoTime();
        }
    }

    /** True once every fix was handed out and every terminal had all of its locations acknowledged (or refused). */
    public boolean isDone() {
        return playerDone && outstanding.get() == 0;
    }

    /**
     * Waits until {@link #isDone()} or {@code timeout}, then stops the terminals and reports. A run cut
     * short by the timeout says so ({@link SimulationReport#complete()}).
     */
    public SimulationReport await(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isDone() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(20_000_000);
        }
        boolean complete = isDone();
        long end = complete && finishedNanos != 0 ? finishedNanos : System.nanoTime();
        close();
        return report(complete, end, true);
    }

    /** What the terminals did so far (without the acknowledged keys, which only {@link #await} gathers). */
    public SimulationReport progress() {
        return report(isDone(), System.nanoTime(), false);
    }

    private SimulationReport report(boolean complete, long end, boolean withKeys) {
        List<AckLedger> ledgers = terminals.stream().map(t -> t.ledger).toList();
        var snapshot = ackLatency.takeSnapshot();
        double p50 = 0;
        double p99 = 0;
        for (var v : snapshot.percentileValues()) {
            if (v.percentile() == 0.5) {
                p50 = v.value(TimeUnit.MILLISECONDS);
            } else if (v.percentile() == 0.99) {
                p99 = v.value(TimeUnit.MILLISECONDS);
            }
        }
        return new SimulationReport(complete, terminals.size(), plan.fixCount(), counters.handedOut.sum(),
                counters.acked.sum(), counters.undeliverable.sum(), counters.retransmissions.sum(),
                counters.gaveUp.sum(), counters.reconnects.sum(), counters.authenticated.sum(), counters.refused.sum(),
                counters.corrupted.sum(), counters.batches.sum(), counters.subpackaged.sum(),
                counters.fragmentsDropped.sum(), counters.fragmentRequests.sum(), counters.commands.sum(),
                Duration.ofNanos(end - startedNanos), p50, p99, withKeys ? AckLedger.merge(ledgers) : new long[0], plan.period());
    }

    /** Stops the player and the terminals, closing their connections. */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        tickers.forEach(f -> f.cancel(false));
        try {
            player.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        LOG.debug("simulation closed");
    }

    boolean closing() {
        return closing;
    }

    SimulationConfig config() {
        return config;
    }

    PlannedFixes fixes() {
        return plan.fixes();
    }

    Bootstrap bootstrap() {
        return bootstrap;
    }

    InetSocketAddress address() {
        return address;
    }

    Jt808Encoder encoder() {
        return encoder;
    }

    Jt808Decoder decoder() {
        return decoder;
    }

    RetransmitPolicy policy() {
        return policy;
    }

    Counters counters() {
        return counters;
    }
}
