package io.github.jiguan.core.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.track.FleetFixes;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading fixes.csv from bytes, in one part or in many, gives exactly what the general CSV reader
 * gives, whatever the file holds: stray and multi-line quotes (also straddling a cut), CRLF, blank
 * lines, trailing empty columns, bad cells, unknown vehicles.
 */
class FixesFileProperties {

    private static final String HEADER = String.join(",", FixesCsv.HEADER);
    private static final Set<String> REGISTER = Set.of("V1", "V2", "冀A");
    /** Pieces a row or the space between rows may be made of; the last ones are the hazards. */
    private static final List<String> PIECES = List.of(
            "V1,2025-01-06T08:00:00+08:00,38.041562,114.514860,35.5,90,1,1,\n",
            "V2,2025-01-06T08:00:30Z,38.1,114.6,,,,0,2025-01-06T08:01:00+08:00\n",
            "冀A,2025-01-06T08:01:00.250+08:00,-38.5,+114.5,0,360,0,1,\n",
            "V1,2025-01-06T08:02:00+08:00,38.04,114.51,0,0,,1,\r\n",
            "V9,2025-01-06T08:03:00+08:00,38.04,114.51,0,0,,1,\n",
            "V1,2025/1/6 8:00,38.04,114.51,0,0,,1,\n",
            "V1,2025-01-06T08:04:00+08:00,38.04f,114.51,0,0,,1,\n",
            "\"V1\",\"2025-01-06T08:05:00+08:00\",38.04,114.51,0,0,,1,\n",
            "\n",
            "V1,2025-01-06T08:06:00+08:00,38.04,114.51,0,0,,1,,\n",
            "\"V1\n",
            "V1,2025-01-06T08:0\uD835\uDFD8:00+08:00,38.04,1\uD835\uDFD8.51,0,0,,1,\n",
            "V2,\"2025-01-06\nT08:07:00+08:00\",38.04,114.51,0,0,,1,\n",
            "\"");

    private static ExecutorService pool;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterAll
    static void stop() {
        pool.shutdown();
    }

    private record Read(List<Rejection> rejections, Object counts, List<Object> fixes) {
    }

    @Test
    void partsAndOneThreadAndTheGeneralReaderAgree() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 40),
                integers().between(1, 200)).checkAssert((picks, partBytes) -> {
                    StringBuilder text = new StringBuilder(HEADER).append('\n');
                    picks.forEach(i -> text.append(PIECES.get(i)));
                    Path file = write(text.toString());
                    Read general = general(text.toString());
                    Read one = file(file, 1, FixesFile.DEFAULT_PART_BYTES);
                    Read parts = file(file, 3, partBytes);
                    assertEquals(general, one, text::toString);
                    assertEquals(general, parts, text::toString);
                });
    }

    private static Path write(String text) {
        try {
            Path file = dir.resolve("fixes.csv");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Read general(String text) {
        List<Rejection> rejected = new ArrayList<>();
        ImportLog log = ImportLog.lenient(rejected::add);
        FleetFixes fleet = new FleetFixes();
        FixesCsv.read(CsvReader.of(new StringReader(text), "fixes.csv"),
                id -> REGISTER.contains(id) ? fleet.vehicle(id) : null, log);
        return new Read(rejected, log.counts(), fixes(fleet));
    }

    private static Read file(Path file, int threads, long partBytes) {
        List<Rejection> rejected = new ArrayList<>();
        ImportLog log = ImportLog.lenient(rejected::add);
        try {
            FleetFixes fleet = FixesFile.of(file).threads(threads, pool).partBytes(partBytes).read(REGISTER, log);
            return new Read(rejected, log.counts(), fixes(fleet));
        } catch (CsvFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Object> fixes(FleetFixes fleet) {
        List<Object> all = new ArrayList<>();
        for (String id : List.of("V1", "V2", "冀A")) {
            all.add(fleet.columns(id).toFixes());
        }
        return all;
    }
}
