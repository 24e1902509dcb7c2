/**
 * Storage of the gateway: the database (HikariCP over H2 or PostgreSQL, schema by Flyway from the
 * plain SQL migrations in {@code db/migration}), the {@link io.github.jiguan.examples.gateway.storage.Storage}
 * interface and its JDBC implementation, the {@link io.github.jiguan.examples.gateway.storage.BatchWriter}
 * that acknowledges only after commit, and the reads for export and reconciliation.
 *
 * <p>Tables: {@code vehicles} (the register), {@code terminals}, {@code positions} (keyed by terminal,
 * time and a hash of the report's bytes, so that a retransmission is stored once), {@code bad_frames}
 * and {@code command_log}.
 *
 * <p>Null policy: arguments are never null unless a parameter says so; nullable columns map to null
 * record components, as documented on each. Thread-safety: {@code Database}, {@code JdbcStorage},
 * {@code StoredPositions} and {@code BatchWriter} are thread-safe; the records are immutable.
 */
package io.github.jiguan.examples.gateway.storage;
