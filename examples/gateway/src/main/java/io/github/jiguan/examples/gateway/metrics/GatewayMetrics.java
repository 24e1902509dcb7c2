package io.github.jiguan.examples.gateway.metrics;

import io.github.jiguan.telematics.jt808.message.MessageId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway's meters, in one Micrometer registry that Prometheus scrapes: connections, frames by
 * message id (a rate in Prometheus is frames/s), decode errors by kind, refusals by reason, the ack
 * latency (from the last byte of a frame read to its 0x8001 written), and the storage meters of the
 * writer. Meter names start with {@code jt808.}. Thread-safe.
 */
public final class GatewayMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger paused = new AtomicInteger();
    private final Counter opened;
    private final Timer ackLatency;
    private final Map<Integer, Counter> frames = new ConcurrentHashMap<>();
    private final Map<String, Counter> decodeErrors = new ConcurrentHashMap<>();
    private final Map<String, Counter> refusals = new ConcurrentHashMap<>();

    /** New meters in a new Prometheus registry, with the JVM's memory, thread and processor meters. */
    public GatewayMetrics() {
        new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(registry);
        new io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics().bindTo(registry);
        new io.micrometer.core.instrument.binder.system.ProcessorMetrics().bindTo(registry);
        Gauge.builder("jt808.connections", connections, AtomicInteger::get).description("open terminal connections")
                .register(registry);
        Gauge.builder("jt808.connections.paused", paused, AtomicInteger::get)
                .description("connections not being read (storage or the connection pushing back)").register(registry);
        opened = Counter.builder("jt808.connections.opened").description("connections accepted").register(registry);
        ackLatency = Timer.builder("jt808.ack.latency")
                .description("from a location frame read to its 0x8001 written, after the commit")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram().register(registry);
    }

    /** The registry, for meters of other components (the writer's) and for tests. */
    public MeterRegistry registry() {
        return registry;
    }

    /** The meters in the Prometheus text format, as the scrape endpoint serves them. */
    public String scrape() {
        return registry.scrape();
    }

    /** A connection was accepted. */
    public void connectionOpened() {
        opened.increment();
        connections.incrementAndGet();
    }

    /** A connection closed. */
    public void connectionClosed() {
        connections.decrementAndGet();
    }

    /** The number of open connections. */
    public int connections() {
        return connections.get();
    }

    /** A connection stopped ({@code +1}) or resumed ({@code -1}) reading. */
    public void pausedChange(int delta) {
        paused.addAndGet(delta);
    }

    /** A whole message with id {@code messageId} was decoded. */
    public void frame(int messageId) {
        // vendor ids fall into one series, so that a terminal cannot create meters at will
        int key = MessageId.fromCode(messageId).isPresent() ? messageId : -1;
        frames.computeIfAbsent(key, k -> Counter.builder("jt808.frames")
                .tag("message", k < 0 ? "other" : MessageId.hex(k)).description("messages decoded").register(registry))
                .increment();
    }

    /** A frame failed to decode with an error of {@code kind}. */
    public void decodeError(String kind) {
        decodeErrors.computeIfAbsent(kind, k -> Counter.builder("jt808.decode.errors").tag("kind", k)
                .description("frames that failed to decode").register(registry)).increment();
    }

    /** A message was refused for {@code reason} (such as {@code unauthenticated} or {@code phone_mismatch}). */
    public void refused(String reason) {
        refusals.computeIfAbsent(reason, r -> Counter.builder("jt808.refused").tag("reason", r)
                .description("messages and connections refused").register(registry)).increment();
    }

    /** The count of refusals for {@code reason} so far. */
    public double refusals(String reason) {
        Counter c = refusals.get(reason);
        return c == null ? 0 : c.count();
    }

    /** An acknowledgement was written {@code nanos} after its frame was read. */
    public void ackLatency(long nanos) {
        ackLatency.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The ack latency timer, for reports. */
    public Timer ackLatencyTimer() {
        return ackLatency;
    }
}
