package io.github.jiguan.examples.gateway.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The Prometheus scrape endpoint: {@code GET /metrics} in the Prometheus text format, served by the
 * JDK's own HTTP server on a port of its own. Close it to stop it.
 */
public final class MetricsServer implements AutoCloseable {

    private final HttpServer server;

    private MetricsServer(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code metrics} on {@code address} (port 0 picks a free one). */
    public static MetricsServer start(InetSocketAddress address, GatewayMetrics metrics) throws IOException {
        HttpServer server = HttpServer.create(address, 16);
        server.createContext("/metrics", exchange -> serve(exchange, metrics));
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jiguan-metrics");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return new MetricsServer(server);
    }

    private static void serve(HttpExchange exchange, GatewayMetrics metrics) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
