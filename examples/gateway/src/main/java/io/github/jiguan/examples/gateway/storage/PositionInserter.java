package io.github.jiguan.examples.gateway.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts positions inside the caller's transaction, leaving alone those already stored (same time,
 * terminal and report bytes): each database has its own fastest way to do that.
 */
interface PositionInserter {

    /** Inserts {@code rows} on {@code c} (auto-commit off); a row whose key is stored is skipped. */
    void insert(Connection c, List<PositionRow> rows) throws SQLException;
}
