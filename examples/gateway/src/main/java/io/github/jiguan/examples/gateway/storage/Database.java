package io.github.jiguan.examples.gateway.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.examples.gateway.register.Register;
import io.github.jiguan.examples.gateway.register.RegisterEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The gateway's database: a HikariCP pool over a JDBC URL (H2 or PostgreSQL), its schema brought up
 * to date by Flyway from the plain SQL migrations in {@code db/migration}, and the few statements
 * outside the hot path (the register, the terminals). Thread-safe; close it to close the pool.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final String url;

    private Database(HikariDataSource pool, Dialect dialect, String url) {
        this.pool = pool;
        this.dialect = dialect;
        this.url = url;
    }

    /**
     * The default database: an H2 file {@code jiguan-gateway.mv.db} in {@code directory}, one process at a
     * time. The URL sets {@code WRITE_DELAY=0}, so that a commit is written to the file before it returns
     * (the gateway sets it on any H2 database it opens, too). {@link #open} adds {@code DB_CLOSE_ON_EXIT=FALSE}
     * to an H2 URL without it or {@code AUTO_SERVER} (which H2 does not combine): the gateway closes the
     * database itself, after storing what is queued.
     */
    public static String h2FileUrl(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("jiguan-gateway") + ";WRITE_DELAY=0";
    }

    /**
     * Opens a pool of at most {@code poolSize} connections and migrates the schema.
     *
     * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
     * @param user the user, or null (H2's default, or the URL's)
     * @param password the password, or null
     * @param poolSize connections in the pool, at least 2 (one for the writer, one for queries)
     * @throws IllegalArgumentException for another kind of database
     * @throws org.flywaydb.core.api.FlywayException when the database cannot be reached or migrated
     */
    public static Database open(String url, String user, String password, int poolSize) {
        Dialect dialect = Dialect.of(url);
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        if (dialect == Dialect.H2 && !upper.contains("DB_CLOSE_ON_EXIT") && !upper.contains("AUTO_SERVER")) {
            // H2 would close the database in its own shutdown hook, before the gateway's stores what is queued
            url = url + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(Math.max(2, poolSize));
        config.setMinimumIdle(1);
        config.setPoolName("jiguan-gateway");
        // A database that is down makes getConnection fail after this long; the writer then retries.
        config.setConnectionTimeout(Duration.ofSeconds(3).toMillis());
        config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        config.setInitializationFailTimeout(Duration.ofSeconds(30).toMillis());
        if (dialect == Dialect.POSTGRESQL) {
            // Turns a JDBC batch of inserts into multi-row inserts: several times the throughput.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            if (dialect == Dialect.H2) {
                requireWriteThrough(pool);
            }
        } catch (SQLException e) {
            pool.close();
            throw new IllegalStateException("cannot configure " + url + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, dialect, url);
    }

    /**
     * H2 holds commits in memory for up to WRITE_DELAY ms (500 by default) before writing them to the
     * file: a killed gateway would lose positions it had acknowledged (KilledGatewayTest finds 79 to 214
     * of 4,561 lost that way). Setting it to 0 on the database, whatever the URL says, writes each
     * commit before it returns.
     */
    private static void requireWriteThrough(DataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY 0");
        }
    }

    /** The pool. */
    public DataSource dataSource() {
        return pool;
    }

    /** The SQL dialect of the database. */
    public Dialect dialect() {
        return dialect;
    }

    /** The JDBC URL it was opened with. */
    public String url() {
        return url;
    }

    /** {@link Storage} in this database. */
    public Storage storage() {
        return new JdbcStorage(pool, dialect);
    }

    /** Reads of stored positions, for export and reconciliation. */
    public StoredPositions positions() {
        return new StoredPositions(pool, dialect);
    }

    /**
     * Makes the vehicles table the register: deletes every vehicle and inserts the register's, in one
     * transaction. Positions and terminals are not touched.
     */
    public void replaceRegister(Register register) throws SQLException {
        Objects.requireNonNull(register, "register");
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO vehicles (" + Sql.VEHICLE_COLUMNS
                         + ") VALUES (" + Sql.params(7) + ")")) {
                s.executeUpdate("DELETE FROM vehicles");
                for (RegisterEntry e : register.entries()) {
                    Vehicle v = e.vehicle();
                    ps.setString(1, v.id());
                    ps.setString(2, v.plate().toString());
                    ps.setString(3, v.agencyId());
                    ps.setString(4, v.category().name());
                    GeoPoint base = v.base().orElse(null);
                    if (base == null) {
                        ps.setNull(5, Types.DOUBLE);
                        ps.setNull(6, Types.DOUBLE);
                    } else {
                        ps.setDouble(5, base.latitude());
                        ps.setDouble(6, base.longitude());
                    }
                    ps.setString(7, e.terminalPhone());
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    /** Every terminal that ever registered. */
    public List<TerminalRecord> loadTerminals() throws SQLException {
        try (Connection c = pool.getConnection()) {
            return TerminalStatements.loadAll(c);
        }
    }

    /** Closes the pool. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "Database[" + dialect + " " + url.replaceAll("password=[^;&]*", "password=***") + "]";
    }
}
