package io.github.jiguan.examples.gateway.simulator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a simulation runs. Immutable; build one with {@link #builder()}.
 *
 * @param vehicles vehicles, each with one terminal
 * @param days days of the county fleet's schedule
 * @param from the first day
 * @param seed the generator's seed (the same seed gives the same fleet)
 * @param movingInterval how often a moving terminal reports, by the fleet's clock
 * @param speed how many times faster than real time the fleet's clock runs (0: as fast as the
 *     gateway acknowledges, within {@code window} and {@code maxRate})
 * @param maxRate the most locations per second sent by all terminals together (0: no limit)
 * @param window the most unacknowledged messages per terminal
 * @param ackTimeout T1 of the retransmission rule T(n+1) = T(n) × (n+1)
 * @param retransmissions retransmissions before a terminal keeps a location for a blind-area re-upload
 * @param heartbeat a terminal that sent nothing for this long sends 0x0002
 * @param corruptRate the share of location frames sent first with one byte damaged
 * @param dropFragmentRate the share of subpackaged messages sent first with one fragment missing
 * @param blindBatch the most locations in one 0x0704 blind-area batch
 * @param ioThreads Netty event loop threads of the terminals (0: twice the processors)
 * @param connectRate new connections per second
 * @param maxOutstanding locations handed to terminals and not yet acknowledged, all terminals together
 */
public record SimulationConfig(int vehicles, int days, LocalDate from, long seed, Duration movingInterval, double speed,
        int maxRate, int window, Duration ackTimeout, int retransmissions, Duration heartbeat, double corruptRate,
        double dropFragmentRate, int blindBatch, int ioThreads, int connectRate, int maxOutstanding) {

    /** Checks the values. */
    public SimulationConfig {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(movingInterval, "movingInterval");
        Objects.requireNonNull(ackTimeout, "ackTimeout");
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (vehicles < 1 || days < 1 || speed < 0 || maxRate < 0 || window < 1 || retransmissions < 0
                || corruptRate < 0 || corruptRate > 1 || dropFragmentRate < 0 || dropFragmentRate > 1 || blindBatch < 1
                || ioThreads < 0 || connectRate < 1 || maxOutstanding < 1) {
            throw new IllegalArgumentException("simulation settings out of range: " + describe(vehicles, days, speed,
                    maxRate, window, retransmissions, corruptRate, dropFragmentRate, blindBatch, connectRate));
        }
    }

    private static String describe(Object... values) {
        return java.util.Arrays.toString(values);
    }

    /** A builder with the defaults: 30 vehicles, 30 days from 2025-01-06, seed 1, 30 s, as fast as acknowledged. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SimulationConfig}. Not thread-safe. */
    public static final class Builder {
        private int vehicles = 30;
        private int days = 30;
        private LocalDate from = LocalDate.of(2025, 1, 6);
        private long seed = 1;
        private Duration movingInterval = Duration.ofSeconds(30);
        private double speed;
        private int maxRate;
        private int window = 8;
        private Duration ackTimeout = Duration.ofSeconds(5);
        private int retransmissions = 3;
        private Duration heartbeat = Duration.ofSeconds(30);
        private double corruptRate = 0.001;
        private double dropFragmentRate = 0.2;
        private int blindBatch = 60;
        private int ioThreads;
        private int connectRate = 2_000;
        private int maxOutstanding = 200_000;

        private Builder() {
        }

        /** Vehicles (default 30). */
        public Builder vehicles(int value) {
            this.vehicles = value;
            return this;
        }

        /** Days (default 30). */
        public Builder days(int value) {
            this.days = value;
            return this;
        }

        /** The first day (default 2025-01-06). */
        public Builder from(LocalDate value) {
            this.from = value;
            return this;
        }

        /** The seed (default 1). */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** How often a moving terminal reports (default 30 s). */
        public Builder movingInterval(Duration value) {
            this.movingInterval = value;
            return this;
        }

        /** The clock's speed-up (default 0: as fast as acknowledged). */
        public Builder speed(double value) {
            this.speed = value;
            return this;
        }

        /** The most locations per second (default 0: no limit). */
        public Builder maxRate(int value) {
            this.maxRate = value;
            return this;
        }

        /** Unacknowledged messages per terminal (default 8). */
        public Builder window(int value) {
            this.window = value;
            return this;
        }

        /** T1 and the retransmissions before giving a location up to the blind-area store (default 5 s, 3). */
        public Builder retransmission(Duration first, int times) {
            this.ackTimeout = first;
            this.retransmissions = times;
            return this;
        }

        /** The heartbeat interval (default 30 s). */
        public Builder heartbeat(Duration value) {
            this.heartbeat = value;
            return this;
        }

        /** The shares of damaged location frames and of subpackaged messages missing a fragment (default 0.001, 0.2). */
        public Builder faults(double corrupt, double dropFragment) {
            this.corruptRate = corrupt;
            this.dropFragmentRate = dropFragment;
            return this;
        }

        /** The most locations in one blind-area batch (default 60, which makes most batches subpackaged). */
        public Builder blindBatch(int value) {
            this.blindBatch = value;
            return this;
        }

        /** Netty threads of the terminals (default 0: Netty's default). */
        public Builder ioThreads(int value) {
            this.ioThreads = value;
            return this;
        }

        /** New connections per second (default 2,000). */
        public Builder connectRate(int value) {
            this.connectRate = value;
            return this;
        }

        /** Locations handed out and not yet acknowledged (default 200,000). */
        public Builder maxOutstanding(int value) {
            this.maxOutstanding = value;
            return this;
        }

        /** The configuration. */
        public SimulationConfig build() {
            return new SimulationConfig(vehicles, days, from, seed, movingInterval, speed, maxRate, window, ackTimeout,
                    retransmissions, heartbeat, corruptRate, dropFragmentRate, blindBatch, ioThreads, connectRate,
                    maxOutstanding);
        }
    }
}
