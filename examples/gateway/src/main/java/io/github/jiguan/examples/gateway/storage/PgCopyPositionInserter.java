package io.github.jiguan.examples.gateway.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * PostgreSQL: the rows go in with {@code COPY ... FROM STDIN (FORMAT binary)} into a temporary table
 * of the session, then one {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING} moves them into
 * positions. COPY in the binary format skips parsing every value from text, which makes it several
 * times faster than batched inserts; the temporary table empties itself at commit.
 */
final class PgCopyPositionInserter implements PositionInserter {

    private static final String CREATE = "CREATE TEMPORARY TABLE IF NOT EXISTS positions_incoming"
            + " (LIKE positions) ON COMMIT DELETE ROWS";
    private static final String COPY = "COPY positions_incoming (" + Sql.POSITION_COLUMNS + ") FROM STDIN (FORMAT binary)";
    private static final String MOVE = "INSERT INTO positions (" + Sql.POSITION_COLUMNS + ") SELECT "
            + Sql.POSITION_COLUMNS + " FROM positions_incoming ON CONFLICT DO NOTHING";
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in Unix milliseconds. */
    private static final long PG_EPOCH_MILLIS = 946_684_800_000L;

    @Override
    public void insert(Connection c, List<PositionRow> rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(CREATE);
        }
        byte[] data = encode(rows);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new SQLException("COPY into positions_incoming failed: " + e.getMessage(), "08006", e);
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate(MOVE);
        }
    }

    static byte[] encode(List<PositionRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + rows.size() * 160);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension length
            for (PositionRow r : rows) {
                out.writeShort(17);
                text(out, r.terminalPhone());
                timestamp(out, r.fixTimeMillis());
                int64(out, r.reportHash());
                if (r.vehicleId() == null) {
                    out.writeInt(-1);
                } else {
                    text(out, r.vehicleId());
                }
                float8(out, r.latitudeMicro() / 1e6);
                float8(out, r.longitudeMicro() / 1e6);
                int32(out, r.altitudeM());
                out.writeInt(4);
                out.writeFloat(r.speedTenths() / 10f);
                out.writeInt(2);
                out.writeShort(r.direction());
                int32(out, r.alarmBits());
                int32(out, r.statusBits());
                bool(out, r.accOn());
                bool(out, r.positioned());
                out.writeInt(r.additionalItems().length);
                out.write(r.additionalItems());
                int32(out, r.messageId());
                bool(out, r.blindArea());
                timestamp(out, r.receivedAtMillis());
            }
            out.writeShort(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void timestamp(DataOutputStream out, long epochMillis) throws IOException {
        int64(out, (epochMillis - PG_EPOCH_MILLIS) * 1000);
    }

    private static void int64(DataOutputStream out, long v) throws IOException {
        out.writeInt(8);
        out.writeLong(v);
    }

    private static void int32(DataOutputStream out, int v) throws IOException {
        out.writeInt(4);
        out.writeInt(v);
    }

    private static void float8(DataOutputStream out, double v) throws IOException {
        out.writeInt(8);
        out.writeDouble(v);
    }

    private static void bool(DataOutputStream out, boolean v) throws IOException {
        out.writeInt(1);
        out.writeByte(v ? 1 : 0);
    }
}
