package io.github.jiguan.examples.gateway.storage;

import java.util.Locale;

/**
 * What differs between the databases the gateway supports: how positions go in fastest while a stored
 * one is left alone, and how a terminal is inserted or updated. Everything else is standard SQL shared
 * by the migrations and the queries.
 */
public enum Dialect {
    /** H2 2.x in its own (regular) mode. */
    H2("MERGE INTO terminals (" + Sql.TERMINAL_COLUMNS + ") KEY (terminal_phone) VALUES (" + Sql.params(15) + ")"),
    /** PostgreSQL 12 or newer. */
    POSTGRESQL("INSERT INTO terminals (" + Sql.TERMINAL_COLUMNS + ") VALUES (" + Sql.params(15) + ")"
            + " ON CONFLICT (terminal_phone) DO UPDATE SET " + Sql.updateAll(Sql.TERMINAL_COLUMNS, 1));

    private final String upsertTerminal;

    Dialect(String upsertTerminal) {
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

    /** How positions are inserted. */
    PositionInserter positionInserter() {
        return this == H2 ? new H2PositionInserter() : new PgCopyPositionInserter();
    }

    /** Inserts or updates a terminal: the 15 columns of {@link Sql#TERMINAL_COLUMNS}. */
    String upsertTerminal() {
        return upsertTerminal;
    }
}
