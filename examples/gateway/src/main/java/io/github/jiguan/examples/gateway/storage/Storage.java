package io.github.jiguan.examples.gateway.storage;

import java.sql.SQLException;
import java.util.List;

/**
 * Where the gateway keeps what it receives. One call stores one batch in one transaction: when it
 * returns, every row of the batch is durable; when it throws, none is.
 */
public interface Storage {

    /**
     * Stores {@code batch} in one transaction. A position already stored (same terminal, time and
     * report bytes) is left as it is, so that a retransmission is not stored twice.
     *
     * @throws SQLException when the transaction did not commit
     */
    void write(List<StorageWork> batch) throws SQLException;
}
