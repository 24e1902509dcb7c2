package io.github.jiguan.core.interchange;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.csv.CsvEncodingException;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.track.FleetFixes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * Reads a large fixes.csv file into {@link FleetFixes}, on several threads when asked: the file is
 * cut at line ends into parts of at least {@link #DEFAULT_PART_BYTES}, each part read straight from
 * its bytes (see docs/ingest.md for the figures), and the parts' columns joined in file order.
 * Rejections keep the file's own line numbers and columns and reach the log in file order.
 *
 * <pre>{@code
 * ImportLog log = ImportLog.lenient(r -> System.err.println("rejected " + r));
 * FleetFixes fixes = FixesFile.of(Path.of("fixes.csv")).threads(2, pool)
 *         .progress(bytes -> bar.add(bytes)).read(Set.of("V001", "V002"), log);
 * }</pre>
 *
 * <p>The result, the rejections and the counts are exactly those of a read on one thread, also
 * when a quoted field with a line break straddles a cut: a part's reader reads its last record to
 * its end, past the cut, and a part that turns out to have begun inside that record is read again
 * from where the record ended (on the joining thread; only such a file pays for it). A strict log
 * reads on one thread, so that the first bad row stops the read at once. Each instance reads one
 * file; not thread-safe itself.
 */
public final class FixesFile {

    /** The smallest part read on a thread of its own: 32 MiB. */
    public static final long DEFAULT_PART_BYTES = 32L << 20;

    private final Path file;
    private final String name;
    private long partBytes = DEFAULT_PART_BYTES;
    private int threads = 1;
    private Executor executor = Runnable::run;
    private LongConsumer progress = n -> { };
    private java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;

    private FixesFile(Path file) {
        this.file = Checks.notNull("file", file);
        this.name = file.getFileName().toString();
    }

    /** A reader of {@code file}, on the calling thread until {@link #threads} says otherwise. */
    public static FixesFile of(Path file) {
        return new FixesFile(file);
    }

    /** Reads in up to {@code count} parts, each a task on {@code pool}. */
    public FixesFile threads(int count, Executor pool) {
        this.threads = Checks.inRange("threads", count, 1, 1024);
        this.executor = Checks.notNull("executor", pool);
        return this;
    }

    /** Sets the smallest part given a thread of its own (for tests of small files). */
    public FixesFile partBytes(long bytes) {
        if (bytes < 1) {
            throw new io.github.jiguan.core.InvalidValueException("part bytes", "must be at least 1", bytes);
        }
        this.partBytes = bytes;
        return this;
    }

    /**
     * Reads the file as {@code encoding} instead of UTF-8: GB18030 for what Excel saves on a Chinese
     * system. Any encoding whose bytes below 0x80 are ASCII and never occur inside a multi-byte
     * character (UTF-8, GBK, GB18030) can be cut at line feeds and read from its bytes.
     *
     * @throws io.github.jiguan.core.InvalidValueException for an encoding such as UTF-16
     */
    public FixesFile encoding(java.nio.charset.Charset encoding) {
        Checks.notNull("encoding", encoding);
        if (!java.util.Arrays.equals("a,\n\"0".getBytes(encoding), new byte[] {'a', ',', '\n', '"', '0'})) {
            throw new io.github.jiguan.core.InvalidValueException("encoding", "must write ASCII as ASCII",
                    encoding.name());
        }
        this.charset = encoding;
        return this;
    }

    /** Tells {@code listener} of the bytes read as they are read, from the reading threads. */
    public FixesFile progress(LongConsumer listener) {
        this.progress = Checks.notNull("progress", listener);
        return this;
    }

    /**
     * Reads the file: the fixes of every vehicle of {@code register}; a row of another vehicle is
     * rejected as not in the register. Rejections and counts go to {@code log}, under the file's name.
     *
     * @return the fixes, with columns for each vehicle that had a row
     * @throws CsvFormatException when a column is missing, or in strict mode at the first bad row
     * @throws io.github.jiguan.core.csv.CsvEncodingException when the file is not UTF-8, naming the line
     * @throws UncheckedIOException when the file cannot be read
     */
    public FleetFixes read(Set<String> register, ImportLog log) {
        List<String> header;
        try (CsvReader r = CsvReader.open(file, charset)) {
            header = r.requireColumns(FixesCsv.HEADER).header();
        }
        log.open(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long body = headerEnd(channel);
            progress.accept(body);
            int n = log.isStrict() ? 1 : (int) Math.max(1, Math.min(threads, (size - body) / partBytes));
            if (n == 1) {
                FleetFixes fixes = new FleetFixes(expectedRowsPerVehicle(size - body, register));
                var result = new FixesScanner(channel, charset, name, header, register, fixes, log, progress)
                        .scan(body, size, FIRST_DATA_LINE);
                log.accept(name, result.accepted());
                return fixes;
            }
            return readParts(header, register, log, cuts(channel, body, size, n));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The header is one line (a quoted line break in it is refused), so the rows start on line 2. */
    private static final long FIRST_DATA_LINE = 2;

    private FleetFixes readParts(List<String> header, Set<String> register, ImportLog log, long[] cuts) {
        int n = cuts.length - 1;
        List<CompletableFuture<Part>> futures = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            long from = cuts[k];
            long to = cuts[k + 1];
            futures.add(CompletableFuture.supplyAsync(() -> readPart(header, register, from, to), executor));
        }
        FleetFixes all = null;
        long next = cuts[0];
        long line = FIRST_DATA_LINE;
        for (int k = 0; k < n; k++) {
            Part part = join(futures.get(k));
            if (next >= cuts[k + 1]) {
                continue; // the record before ran over the whole part
            }
            if (next != cuts[k]) {
                part = readPart(header, register, next, cuts[k + 1]); // it began inside that record
            }
            part.replay(log, line - 1);
            if (all == null) {
                all = part.fixes(); // the first part's columns are the base: the others are appended, not all copied
            } else {
                all.moveAll(part.fixes());
            }
            line += part.result().breaks();
            next = part.result().end();
        }
        return all == null ? new FleetFixes() : all;
    }

    /**
     * One part read on its own, its lines numbered from 1: the rejections it made, or the encoding
     * error it stopped at, reach the real log only once the part is known to be used.
     */
    private record Part(FleetFixes fixes, FixesScanner.Result result, ImportLog recorded, CsvFormatException failure) {

        void replay(ImportLog log, long lineOffset) {
            recorded.replay(log, lineOffset);
            if (failure != null) {
                Rejection at = failure.rejection().withLine(failure.rejection().line() + lineOffset);
                throw failure instanceof CsvEncodingException e ? new CsvEncodingException(at, e.looksLikeGb18030())
                        : new CsvFormatException(at);
            }
        }
    }

    private Part readPart(List<String> header, Set<String> register, long from, long to) {
        FleetFixes fixes = new FleetFixes(expectedRowsPerVehicle(to - from, register));
        ImportLog recorded = ImportLog.recording();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            var result = new FixesScanner(channel, charset, name, header, register, fixes, recorded, progress).scan(from, to, 1);
            recorded.accept(name, result.accepted());
            return new Part(fixes, result, recorded, null);
        } catch (CsvFormatException e) {
            return new Part(fixes, new FixesScanner.Result(to, 0, 0), recorded, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * A first size for each vehicle's columns: the rows {@code bytes} hold at a typical row length,
     * shared by the register. Columns that start near their size skip most of the copies of growing;
     * on the 10-million-row sample the peak heap of {@code reconcile} went from 1,601-1,940 MB to
     * 1,449-1,778 MB (runs on a loaded machine), the collections stayed about as many (23-28).
     */
    private static int expectedRowsPerVehicle(long bytes, Set<String> register) {
        long rows = bytes / TYPICAL_ROW_BYTES;
        return (int) Math.max(64, Math.min(1 << 20, rows / Math.max(1, register.size())));
    }

    /** The length of a fixes.csv row as exports write it (times with offset, 6 decimals): about 66 bytes. */
    private static final int TYPICAL_ROW_BYTES = 66;

    /** The offset just after the header's line feed (the file's size when there is none). */
    private static long headerEnd(FileChannel channel) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        long at = 0;
        while (true) {
            b.clear();
            int n = channel.read(b, at);
            if (n < 0) {
                return at;
            }
            for (int i = 0; i < n; i++) {
                if (b.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += n;
        }
    }

    /** The part boundaries: the first row's offset, then each cut just after a line feed, then the size. */
    private static long[] cuts(FileChannel channel, long body, long size, int n) throws IOException {
        long[] cuts = new long[n + 1];
        cuts[0] = body;
        cuts[n] = size;
        ByteBuffer one = ByteBuffer.allocate(1 << 12);
        for (int k = 1; k < n; k++) {
            long at = Math.max(cuts[k - 1], body + (size - body) * k / n);
            cuts[k] = size;
            search:
            while (at < size) {
                one.clear();
                int read = channel.read(one, at);
                if (read <= 0) {
                    break;
                }
                for (int i = 0; i < read; i++) {
                    if (one.get(i) == '\n') {
                        cuts[k] = at + i + 1;
                        break search;
                    }
                }
                at += read;
            }
        }
        return cuts;
    }

    private static Part join(CompletableFuture<Part> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
