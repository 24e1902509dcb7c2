package io.github.jiguan.examples.gateway.export;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.interchange.FixesCsv;
import io.github.jiguan.examples.gateway.storage.Database;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes stored positions as fixes.csv (docs/formats.md: vehicle_id, time, lat, lon, speed_kmh, heading,
 * acc, valid, received_at), times at +08:00, streaming from the database in constant memory. The rows
 * come in no particular order, as the format allows. Stateless.
 */
public final class FixesExport {

    private FixesExport() {
    }

    /** Writes the positions with a time on the days [{@code from}, {@code to}) (Asia/Shanghai) to {@code out}; returns the rows written. */
    public static long write(Database database, LocalDate from, LocalDate to, Path out) throws IOException, SQLException {
        return write(database, from.atStartOfDay(ChinaTime.ZONE).toInstant(), to.atStartOfDay(ChinaTime.ZONE).toInstant(),
                out);
    }

    /** Writes the positions with a time in [{@code from}, {@code to}) to {@code out}; returns the rows written. */
    public static long write(Database database, Instant from, Instant to, Path out) throws IOException, SQLException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             FixesCsv.Writer csv = new FixesCsv.Writer(w, 8 * 3600)) {
            return database.positions().forEach(from, to, csv::write);
        }
    }
}
