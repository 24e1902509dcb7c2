package io.github.jiguan.examples.gateway.storage;

import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.track.Acc;
import io.github.jiguan.core.track.FleetFixes;
import io.github.jiguan.examples.gateway.register.RegisterEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads stored positions back as fixes (docs/formats.md fixes.csv): the vehicle id (the phone number when
 * the terminal is fitted to no registered vehicle), time, signed coordinates, speed, heading, ACC,
 * validity and the time received. ACC is reported as unknown for a terminal that never reported ACC on
 * in the period: the status bit is always sent, and a terminal whose ignition line is not wired sends
 * it as off. Thread-safe.
 */
public final class StoredPositions {

    /** Receives fixes one at a time, as primitive values. */
    @FunctionalInterface
    public interface Sink {
        /** One fix; {@code receivedMillis} is when the gateway received it. */
        void accept(String vehicleId, long timeMillis, double lat, double lon, double speedKmh, int heading, Acc acc,
                boolean valid, long receivedMillis);
    }

    private static final String SELECT = "SELECT COALESCE(vehicle_id, terminal_phone) AS vehicle, terminal_phone,"
            + " fix_time, latitude, longitude, speed_kmh, direction, acc_on, positioned, received_at FROM positions"
            + " WHERE fix_time >= ? AND fix_time < ?";

    private final DataSource dataSource;
    private final Dialect dialect;

    StoredPositions(DataSource dataSource, Dialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** The number of positions with a time in [{@code from}, {@code to}). */
    public long count(Instant from, Instant to) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM positions WHERE fix_time >= ? AND fix_time < ?")) {
            Sql.setTime(ps, 1, from);
            Sql.setTime(ps, 2, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Hands every position with a time in [{@code from}, {@code to}) to {@code sink}, in no particular
     * order, streaming (the rows are fetched in pages, not all held). Returns the number of rows.
     */
    public long forEach(Instant from, Instant to, Sink sink) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Set<String> accWired = accWired(c, from, to);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            if (dialect == Dialect.H2) {
                try (java.sql.Statement s = c.createStatement()) {
                    // H2 otherwise builds the whole result first, spilling to a temporary file past 40,000 rows
                    s.execute("SET LAZY_QUERY_EXECUTION TRUE");
                }
            }
            try (PreparedStatement ps = c.prepareStatement(SELECT)) {
                ps.setFetchSize(10_000);
                Sql.setTime(ps, 1, from);
                Sql.setTime(ps, 2, to);
                long n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        boolean wired = accWired.contains(rs.getString(2));
                        Acc acc = !wired ? Acc.UNKNOWN : rs.getBoolean(8) ? Acc.ON : Acc.OFF;
                        sink.accept(rs.getString(1), millis(rs, 3), rs.getDouble(4), rs.getDouble(5), rs.getFloat(6),
                                rs.getInt(7), acc, rs.getBoolean(9), millis(rs, 10));
                        n++;
                    }
                }
                c.commit();
                return n;
            } finally {
                if (dialect == Dialect.H2) {
                    try (java.sql.Statement s = c.createStatement()) {
                        s.execute("SET LAZY_QUERY_EXECUTION FALSE");
                    }
                }
                c.setAutoCommit(auto);
            }
        }
    }

    /** The positions with a time in [{@code from}, {@code to}) as {@link FleetFixes}, ready for reconciliation. */
    public FleetFixes fleetFixes(Instant from, Instant to) throws SQLException {
        FleetFixes fixes = new FleetFixes();
        forEach(from, to, (vehicle, t, lat, lon, speed, heading, acc, valid, received) ->
                fixes.vehicle(vehicle).add(t, lat, lon, speed, heading, acc, valid, received));
        return fixes;
    }

    /** The register as stored at the gateway's last start (vehicles and their terminal phones). */
    public List<RegisterEntry> register() throws SQLException {
        List<RegisterEntry> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + Sql.VEHICLE_COLUMNS + " FROM vehicles ORDER BY vehicle_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double lat = rs.getDouble("base_lat");
                GeoPoint base = rs.wasNull() ? null : GeoPoint.of(lat, rs.getDouble("base_lon"));
                Vehicle v = Vehicle.builder(rs.getString("vehicle_id"), Plate.of(rs.getString("plate")),
                        rs.getString("agency_id"), VehicleCategory.valueOf(rs.getString("category"))).base(base).build();
                out.add(new RegisterEntry(v, rs.getString("terminal_phone")));
            }
        }
        return out;
    }

    private static Set<String> accWired(Connection c, Instant from, Instant to) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT terminal_phone FROM positions"
                + " WHERE fix_time >= ? AND fix_time < ? AND acc_on")) {
            Sql.setTime(ps, 1, from);
            Sql.setTime(ps, 2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static long millis(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant().toEpochMilli();
    }
}
