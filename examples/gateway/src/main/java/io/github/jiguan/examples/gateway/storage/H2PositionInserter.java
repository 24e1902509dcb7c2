package io.github.jiguan.examples.gateway.storage;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * H2: a plain JDBC batch of inserts. H2 runs every statement of a batch even when one fails and keeps
 * the transaction, so a row whose key is already stored fails alone with a unique-key violation (SQL
 * state 23505), which here means "stored before"; any other failure fails the batch. This costs one
 * index lookup per row, the one the insert makes anyway.
 */
final class H2PositionInserter implements PositionInserter {

    private static final String INSERT = "INSERT INTO positions (" + Sql.POSITION_COLUMNS + ") VALUES ("
            + Sql.params(17) + ")";
    private static final String DUPLICATE_KEY = "23505";

    @Override
    public void insert(Connection c, List<PositionRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (PositionRow r : rows) {
                bind(ps, r);
                ps.addBatch();
            }
            try {
                ps.executeBatch();
            } catch (BatchUpdateException e) {
                for (SQLException s = e; s != null; s = s.getNextException()) {
                    if (s != e && !DUPLICATE_KEY.equals(s.getSQLState())) {
                        throw e;
                    }
                }
                if (e.getNextException() == null && !DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    static void bind(PreparedStatement ps, PositionRow r) throws SQLException {
        ps.setString(1, r.terminalPhone());
        ps.setObject(2, Sql.time(r.fixTimeMillis()));
        ps.setLong(3, r.reportHash());
        if (r.vehicleId() == null) {
            ps.setNull(4, Types.VARCHAR);
        } else {
            ps.setString(4, r.vehicleId());
        }
        ps.setDouble(5, r.latitudeMicro() / 1e6);
        ps.setDouble(6, r.longitudeMicro() / 1e6);
        ps.setInt(7, r.altitudeM());
        ps.setFloat(8, r.speedTenths() / 10f);
        ps.setShort(9, (short) r.direction());
        ps.setInt(10, r.alarmBits());
        ps.setInt(11, r.statusBits());
        ps.setBoolean(12, r.accOn());
        ps.setBoolean(13, r.positioned());
        ps.setBytes(14, r.additionalItems());
        ps.setInt(15, r.messageId());
        ps.setBoolean(16, r.blindArea());
        ps.setObject(17, Sql.time(r.receivedAtMillis()));
    }
}
