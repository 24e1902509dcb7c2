package io.github.jiguan.examples.gateway.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * {@link Storage} over JDBC: one connection from the pool per batch, one prepared statement per table,
 * JDBC batches, one commit. Thread-safe (each call takes its own connection).
 */
public final class JdbcStorage implements Storage {

    private static final String INSERT_BAD_FRAME = "INSERT INTO bad_frames (received_at, connection, terminal_phone,"
            + " error_kind, error_message, error_offset, frame) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_COMMAND = "INSERT INTO command_log (id, terminal_phone, message_id, serial, body,"
            + " sent_at, attempts, outcome, result_code, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_COMMAND = "UPDATE command_log SET attempts = ?, outcome = ?, result_code = ?,"
            + " answered_at = ? WHERE id = ?";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final PositionInserter positions;

    /** Storage in the database behind {@code dataSource}, whose SQL is {@code dialect}. */
    public JdbcStorage(DataSource dataSource, Dialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.positions = dialect.positionInserter();
    }

    @Override
    public void write(List<StorageWork> batch) throws SQLException {
        List<TerminalRecord> terminals = new ArrayList<>();
        List<PositionRow> positions = new ArrayList<>();
        List<BadFrameRow> badFrames = new ArrayList<>();
        List<CommandLogRow> sent = new ArrayList<>();
        List<CommandLogRow> ended = new ArrayList<>();
        for (StorageWork w : batch) {
            if (w instanceof StorageWork.Positions p) {
                positions.addAll(p.rows());
            } else if (w instanceof StorageWork.Terminal t) {
                terminals.add(t.terminal());
            } else if (w instanceof StorageWork.BadFrame b) {
                badFrames.add(b.row());
            } else if (w instanceof StorageWork.Command c) {
                (c.sent() ? sent : ended).add(c.row());
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                terminals(c, terminals);
                positions(c, positions);
                badFrames(c, badFrames);
                commands(c, sent, ended);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        }
    }

    private void terminals(Connection c, List<TerminalRecord> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(dialect.upsertTerminal())) {
            for (TerminalRecord t : rows) {
                TerminalStatements.bind(ps, t);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void positions(Connection c, List<PositionRow> rows) throws SQLException {
        if (!rows.isEmpty()) {
            positions.insert(c, rows);
        }
    }

    private static void badFrames(Connection c, List<BadFrameRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_BAD_FRAME)) {
            for (BadFrameRow r : rows) {
                ps.setObject(1, Sql.time(r.receivedAtMillis()));
                ps.setString(2, r.connection());
                ps.setString(3, r.terminalPhone());
                ps.setString(4, r.errorKind());
                ps.setString(5, r.errorMessage());
                ps.setLong(6, r.errorOffset());
                ps.setBytes(7, r.frame());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void commands(Connection c, List<CommandLogRow> sent, List<CommandLogRow> ended)
            throws SQLException {
        if (!sent.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(INSERT_COMMAND)) {
                for (CommandLogRow r : sent) {
                    ps.setLong(1, r.id());
                    ps.setString(2, r.terminalPhone());
                    ps.setInt(3, r.messageId());
                    ps.setInt(4, r.serial());
                    ps.setString(5, r.body());
                    Sql.setTime(ps, 6, r.sentAt());
                    ps.setInt(7, r.attempts());
                    ps.setString(8, r.outcome());
                    Sql.setNullableInt(ps, 9, r.resultCode());
                    Sql.setTime(ps, 10, r.answeredAt());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!ended.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(UPDATE_COMMAND)) {
                for (CommandLogRow r : ended) {
                    ps.setInt(1, r.attempts());
                    ps.setString(2, r.outcome());
                    Sql.setNullableInt(ps, 3, r.resultCode());
                    Sql.setTime(ps, 4, r.answeredAt());
                    ps.setLong(5, r.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
