package io.github.jiguan.examples.cli;

import io.github.jiguan.examples.gateway.storage.Database;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The database options of {@code gateway}, {@code export} and {@code reconcile}: URL, user and password. */
final class DatabaseOptions {

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "The gateway's database: jdbc:h2:file:PATH (the default is an H2 file in ./gateway-data)"
                    + " or jdbc:postgresql://HOST:PORT/DB.")
    String url;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "The database user.")
    String user;

    @Option(names = "--jdbc-password", paramLabel = "PASSWORD",
            description = "The database password (or set JIGUAN_JDBC_PASSWORD, which keeps it out of the process list).")
    String password;

    /** The URL given, or the default H2 file. */
    String urlOrDefault() {
        return url != null ? url : Database.h2FileUrl(Path.of("gateway-data"));
    }

    /** The password given, or the JIGUAN_JDBC_PASSWORD environment variable, or null. */
    String passwordOrEnvironment() {
        return password != null ? password : System.getenv("JIGUAN_JDBC_PASSWORD");
    }

    /** Opens the database (migrating it if needed). */
    Database open() {
        return Database.open(urlOrDefault(), user, passwordOrEnvironment(), 2);
    }
}
