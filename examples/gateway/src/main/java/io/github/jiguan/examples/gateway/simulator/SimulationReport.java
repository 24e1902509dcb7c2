package io.github.jiguan.examples.gateway.simulator;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.examples.gateway.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * What a simulation did: the locations handed to the terminals and acknowledged, the faults it played
 * (retransmissions, reconnections, damaged frames, missing fragments), the ack latency the terminals
 * saw, and the keys of every acknowledged location, to check a database against with {@link #verify}.
 *
 * @param complete whether every location was acknowledged (or refused) before the run ended
 * @param terminals terminals simulated
 * @param planned fixes in the plan
 * @param handedOut fixes handed to the terminals
 * @param acknowledged locations acknowledged by the gateway
 * @param undeliverable locations of terminals the gateway refused to register
 * @param retransmissions messages sent again after an acknowledgement did not come
 * @param gaveUp messages given up after the last retransmission (their fixes went into a blind-area batch)
 * @param reconnects connections opened again after one dropped
 * @param authentications successful authentications
 * @param refusedRegistrations registrations the gateway refused
 * @param corruptedFrames damaged location frames sent (each followed by the good one)
 * @param blindAreaBatches 0x0704 blind-area batches sent
 * @param subpackagedMessages messages sent in several fragments
 * @param fragmentsDropped fragments left out on purpose
 * @param fragmentRequests 0x8003 requests answered
 * @param commandsAnswered platform commands answered
 * @param elapsed wall time of the run
 * @param ackP50Millis median time from sending a location message to its acknowledgement
 * @param ackP99Millis 99th percentile of the same
 * @param ackedKeys the keys of the acknowledged locations, sorted (empty in {@link Simulation#progress()})
 * @param period the days simulated
 */
public record SimulationReport(boolean complete, int terminals, long planned, long handedOut, long acknowledged,
        long undeliverable, long retransmissions, long gaveUp, long reconnects, long authentications,
        long refusedRegistrations, long corruptedFrames, long blindAreaBatches, long subpackagedMessages,
        long fragmentsDropped, long fragmentRequests, long commandsAnswered, Duration elapsed, double ackP50Millis,
        double ackP99Millis, long[] ackedKeys, AuditPeriod period) {

    /**
     * What the database holds against what was acknowledged.
     *
     * @param acknowledged distinct locations acknowledged
     * @param stored positions stored in the period
     * @param missing acknowledged locations not in the database: must be 0
     * @param storedNotAcknowledged positions stored whose acknowledgement the terminal never saw (the run
     *     ended first): allowed
     */
    public record Verification(long acknowledged, long stored, long missing, long storedNotAcknowledged) {

        /** True when nothing acknowledged is missing. */
        public boolean noLoss() {
            return missing == 0;
        }
    }

    /** Locations per second acknowledged over the run. */
    public double locationsPerSecond() {
        return acknowledged / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    /** Reads every stored position of the period and checks that each acknowledged location is there. */
    public Verification verify(Database database) throws SQLException {
        long[] stored;
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT terminal_phone, fix_time, report_hash FROM positions"
                    + " WHERE fix_time >= ? AND fix_time < ?")) {
                ps.setFetchSize(10_000);
                ps.setObject(1, OffsetDateTime.ofInstant(period.start(ChinaTime.ZONE).minus(Duration.ofDays(1)),
                        ZoneOffset.UTC));
                ps.setObject(2, OffsetDateTime.ofInstant(period.end(ChinaTime.ZONE).plus(Duration.ofDays(2)),
                        ZoneOffset.UTC));
                long[] keys = new long[1024];
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (n == keys.length) {
                            keys = Arrays.copyOf(keys, n * 2);
                        }
                        keys[n++] = AckLedger.key(rs.getString(1),
                                rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli(), rs.getLong(3));
                    }
                }
                c.commit();
                stored = AckLedger.distinctSorted(Arrays.copyOf(keys, n));
            }
        }
        long missing = 0;
        for (long k : ackedKeys) {
            if (Arrays.binarySearch(stored, k) < 0) {
                missing++;
            }
        }
        long extra = stored.length - (ackedKeys.length - missing);
        return new Verification(ackedKeys.length, stored.length, missing, extra);
    }

    @Override
    public String toString() {
        return String.format("%s: %d terminals, %,d of %,d fixes handed out, %,d locations acknowledged in %.1f s"
                + " (%,.0f/s; ack p50 %.1f ms, p99 %.1f ms); %,d retransmissions, %,d given up to blind-area batches,"
                + " %,d reconnections, %,d blind-area batches, %,d subpackaged messages (%,d fragments held back,"
                + " %,d 0x8003 answered), %,d damaged frames, %,d commands answered, %,d registrations refused",
                complete ? "complete" : "INCOMPLETE", terminals, handedOut, planned, acknowledged,
                elapsed.toNanos() / 1e9, locationsPerSecond(), ackP50Millis, ackP99Millis, retransmissions, gaveUp,
                reconnects, blindAreaBatches, subpackagedMessages, fragmentsDropped, fragmentRequests, corruptedFrames,
                commandsAnswered, refusedRegistrations);
    }
}
