package io.github.jiguan.examples.gateway.storage;

import java.util.Locale;

/**
 * The SQL that differs between the databases the gateway supports: how to insert a row unless its
 * key is already there, and how to insert or update one. Everything else is standard SQL shared by
 * the migrations and the queries.
 */
public enum Dialect {
    /** H2 2.x in its own (regular) mode. */
    H2(
            "INSERT INTO positions (" + Sql.POSITION_COLUMNS + ") SELECT " + Sql.params(17)
                    + " WHERE NOT EXISTS (SELECT 1 FROM positions WHERE terminal_phone = ? AND fix_time = ?"
                    + " AND report_hash = ?)",
            true,
            "MERGE INTO terminals (" + Sql.TERMINAL_COLUMNS + ") KEY (terminal_phone) VALUES (" + Sql.params(15) + ")"),
    /** PostgreSQL 12 or newer. */
    POSTGRESQL(
            "INSERT INTO positions (" + Sql.POSITION_COLUMNS + ") VALUES (" + Sql.params(17) + ") ON CONFLICT DO NOTHING",
            false,
            "INSERT INTO terminals (" + Sql.TERMINAL_COLUMNS + ") VALUES (" + Sql.params(15) + ")"
                    + " ON CONFLICT (terminal_phone) DO UPDATE SET " + Sql.updateAll(Sql.TERMINAL_COLUMNS, 1));

    private final String insertPosition;
    private final boolean insertPositionRepeatsKey;
    private final String upsertTerminal;

    Dialect(String insertPosition, boolean insertPositionRepeatsKey, String upsertTerminal) {
        this.insertPosition = insertPosition;
        this.insertPositionRepeatsKey = insertPositionRepeatsKey;
        this.upsertTerminal = upsertTerminal;
    }

    /**
     * The dialect of a JDBC URL: {@code jdbc:h2:} or {@code jdbc:postgresql:}.
     *
     * @throws IllegalArgumentException for any other database
     */
    public static Dialect of(String jdbcUrl) {
        String u = jdbcUrl.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database (jdbc:h2: or jdbc:postgresql: expected): " + jdbcUrl);
    }

    /** Inserts a position unless its key is stored: the 17 columns of {@link Sql#POSITION_COLUMNS}, then the key again when {@link #insertPositionRepeatsKey()}. */
    String insertPosition() {
        return insertPosition;
    }

    /** Whether {@link #insertPosition()} takes the three key columns a second time. */
    boolean insertPositionRepeatsKey() {
        return insertPositionRepeatsKey;
    }

    /** Inserts or updates a terminal: the 15 columns of {@link Sql#TERMINAL_COLUMNS}. */
    String upsertTerminal() {
        return upsertTerminal;
    }
}
