package io.github.jiguan.examples.gateway;

import io.github.jiguan.examples.gateway.command.RetransmitPolicy;
import io.github.jiguan.examples.gateway.storage.BatchWriter;
import io.github.jiguan.examples.gateway.wire.CodecPipeline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the gateway is configured with, and the defaults. Immutable; build one with
 * {@link #builder()}. {@link #toString()} is what the gateway prints at start-up (the password hidden).
 *
 * @param host the address to listen on ("0.0.0.0": every interface)
 * @param port the TCP port for terminals (0: any free port)
 * @param jdbcUrl the database ({@code jdbc:h2:file:...} or {@code jdbc:postgresql://...})
 * @param jdbcUser the database user, or null
 * @param jdbcPassword the database password, or null
 * @param registerFile vehicles.csv with terminal_phone, or null for an empty register
 * @param openRegistration whether terminals not in the register may register
 * @param idleTimeout a connection that sends nothing for this long is closed
 * @param ioThreads Netty event loop threads (0: twice the processors)
 * @param metricsPort the port of the Prometheus endpoint (-1: none; 0: any free port)
 * @param poolSize database connections
 * @param writer how storage batches and pushes back
 * @param limits the per-connection bounds of the codec
 * @param subpackageBudget bytes of incomplete subpackaged messages all connections may hold together
 * @param commands the retransmission rule for platform commands
 * @param maxStoredBadFrames bad frames stored per connection (the rest are counted)
 * @param maxBadFrames bad frames after which a connection that sent more bad frames than good ones is closed
 * @param outboundStall a connection that does not read what the platform sends for this long is closed
 */
public record GatewayConfig(String host, int port, String jdbcUrl, String jdbcUser, String jdbcPassword,
        Path registerFile, boolean openRegistration, Duration idleTimeout, int ioThreads, int metricsPort, int poolSize,
        BatchWriter.Settings writer, CodecPipeline.Limits limits, long subpackageBudget, RetransmitPolicy commands,
        int maxStoredBadFrames, int maxBadFrames, Duration outboundStall) {

    /** Checks the values. */
    public GatewayConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(outboundStall, "outboundStall");
        if (port < 0 || port > 65535 || metricsPort < -1 || metricsPort > 65535) {
            throw new IllegalArgumentException("ports out of range: port=" + port + " metricsPort=" + metricsPort);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
        }
    }

    /** A builder with the defaults: port 8808, an H2 file in ./gateway-data, no register, idle timeout 3 min, no metrics endpoint. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.jdbcUrl = jdbcUrl;
        b.jdbcUser = jdbcUser;
        b.jdbcPassword = jdbcPassword;
        b.registerFile = registerFile;
        b.openRegistration = openRegistration;
        b.idleTimeout = idleTimeout;
        b.ioThreads = ioThreads;
        b.metricsPort = metricsPort;
        b.poolSize = poolSize;
        b.writer = writer;
        b.limits = limits;
        b.subpackageBudget = subpackageBudget;
        b.commands = commands;
        b.maxStoredBadFrames = maxStoredBadFrames;
        b.maxBadFrames = maxBadFrames;
        b.outboundStall = outboundStall;
        return b;
    }

    @Override
    public String toString() {
        return "gateway " + host + ":" + port + ", database " + jdbcUrl.replaceAll("(?i)password=[^;&]*", "password=***")
                + (jdbcUser == null ? "" : " as " + jdbcUser) + ", register "
                + (registerFile == null ? "(none)" : registerFile) + (openRegistration ? ", open registration" : "")
                + ", idle timeout " + idleTimeout.toSeconds() + " s, io threads "
                + (ioThreads == 0 ? "2 per processor" : ioThreads) + ", metrics "
                + (metricsPort < 0 ? "off" : "port " + metricsPort) + ", pool " + poolSize + ", " + writer + ", " + limits
                + ", subpackage budget " + (subpackageBudget >> 20) + " MiB, " + commands + ", bad frames stored "
                + maxStoredBadFrames + " per connection, outbound stall " + outboundStall.toSeconds() + " s";
    }

    /** Builds a {@link GatewayConfig}; every setter has a default. Not thread-safe. */
    public static final class Builder {
        private String host = "0.0.0.0";
        private int port = 8808;
        private String jdbcUrl = io.github.jiguan.examples.gateway.storage.Database.h2FileUrl(Path.of("gateway-data"));
        private String jdbcUser;
        private String jdbcPassword;
        private Path registerFile;
        private boolean openRegistration;
        private Duration idleTimeout = Duration.ofMinutes(3);
        private int ioThreads;
        private int metricsPort = -1;
        private int poolSize = 4;
        private BatchWriter.Settings writer = BatchWriter.Settings.defaults();
        private CodecPipeline.Limits limits = CodecPipeline.Limits.defaults();
        private long subpackageBudget = 64L << 20;
        private RetransmitPolicy commands = RetransmitPolicy.defaults();
        private int maxStoredBadFrames = 100;
        private int maxBadFrames = 256;
        private Duration outboundStall = Duration.ofSeconds(60);

        private Builder() {
        }

        /** The address to listen on. */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /** The TCP port (0: any free port). */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** The database URL, user and password (user and password may be null). */
        public Builder jdbc(String url, String user, String password) {
            this.jdbcUrl = url;
            this.jdbcUser = user;
            this.jdbcPassword = password;
            return this;
        }

        /** The register file, or null. */
        public Builder registerFile(Path value) {
            this.registerFile = value;
            return this;
        }

        /** Whether terminals outside the register may register. */
        public Builder openRegistration(boolean value) {
            this.openRegistration = value;
            return this;
        }

        /** The idle timeout. */
        public Builder idleTimeout(Duration value) {
            this.idleTimeout = value;
            return this;
        }

        /** The Netty event loop threads (0: Netty's default). */
        public Builder ioThreads(int value) {
            this.ioThreads = value;
            return this;
        }

        /** The Prometheus endpoint's port (-1: none, 0: any free port). */
        public Builder metricsPort(int value) {
            this.metricsPort = value;
            return this;
        }

        /** The database connections. */
        public Builder poolSize(int value) {
            this.poolSize = value;
            return this;
        }

        /** How storage batches and pushes back. */
        public Builder writer(BatchWriter.Settings value) {
            this.writer = value;
            return this;
        }

        /** The per-connection codec bounds. */
        public Builder limits(CodecPipeline.Limits value) {
            this.limits = value;
            return this;
        }

        /** The bytes of incomplete subpackaged messages all connections may hold. */
        public Builder subpackageBudget(long value) {
            this.subpackageBudget = value;
            return this;
        }

        /** The retransmission rule of platform commands. */
        public Builder commands(RetransmitPolicy value) {
            this.commands = value;
            return this;
        }

        /** Bad frames stored per connection, and the count past which a garbage source is closed. */
        public Builder badFrames(int stored, int max) {
            this.maxStoredBadFrames = stored;
            this.maxBadFrames = max;
            return this;
        }

        /** How long a connection may leave the platform's messages unread. */
        public Builder outboundStall(Duration value) {
            this.outboundStall = value;
            return this;
        }

        /** The configuration. */
        public GatewayConfig build() {
            return new GatewayConfig(host, port, jdbcUrl, jdbcUser, jdbcPassword, registerFile, openRegistration,
                    idleTimeout, ioThreads, metricsPort, poolSize, writer, limits, subpackageBudget, commands,
                    maxStoredBadFrames, maxBadFrames, outboundStall);
        }
    }
}
