package io.github.jiguan.core.interchange;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.csv.RowCounts;
import io.github.jiguan.core.track.FleetFixes;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * cut at line ends into parts of at least {@link #DEFAULT_PART_BYTES}, each part read with the header
 * put in front, and the parts' columns joined in file order. Rejections keep the file's own line
 * numbers and reach the log in file order, so the result and the report are those of a read on
 * one thread.
 *
 * <pre>{@code
 * ImportLog log = ImportLog.lenient(r -> System.err.println("rejected " + r));
 * FleetFixes fixes = FixesFile.of(Path.of("fixes.csv")).threads(2, pool)
 *         .progress(bytes -> bar.add(bytes)).read(Set.of("V001", "V002"), log);
 * }</pre>
 *
 * <p>A strict log reads on one thread, so that the first bad row stops the read at once. fixes.csv
 * has no field that may hold a line break (a quoted one is rejected anyway), so a cut at a line end
 * is a cut between records. Each instance reads one file; not thread-safe itself.
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
     * @throws UncheckedIOException when the file cannot be read
     */
    public FleetFixes read(Set<String> register, ImportLog log) {
        try {
            long size = Files.size(file);
            int n = log.isStrict() ? 1 : (int) Math.max(1, Math.min(threads, size / partBytes));
            if (n == 1) {
                return readPart(register, 0, size, null, log).fixes();
            }
            return readParts(register, log, cuts(size, n));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private FleetFixes readParts(Set<String> register, ImportLog log, long[] cuts) throws IOException {
        int n = cuts.length - 1;
        byte[] header = headerLine();
        List<CompletableFuture<Part>> futures = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int part = k;
            futures.add(CompletableFuture.supplyAsync(() -> {
                List<Rejection> rejections = new ArrayList<>();
                ImportLog own = ImportLog.lenient(rejections::add);
                return readPart(register, cuts[part], cuts[part + 1], part == 0 ? null : header, own)
                        .withRejections(rejections, own.counts(name));
            }, executor));
        }
        FleetFixes all = null;
        long linesBefore = 0;
        log.open(name);
        for (int k = 0; k < n; k++) {
            Part p = join(futures.get(k));
            for (Rejection r : p.rejections()) {
                log.reject(new Rejection(r.source(), r.line() + linesBefore - (k == 0 ? 0 : 1), r.column(), r.value(),
                        r.reason()));
            }
            log.accept(name, p.counts().accepted());
            if (all == null) {
                all = p.fixes();
            } else {
                all.addAll(p.fixes());
            }
            linesBefore += p.lineBreaks();
        }
        return all;
    }

    private record Part(FleetFixes fixes, long lineBreaks, List<Rejection> rejections, RowCounts counts) {
        Part withRejections(List<Rejection> list, RowCounts c) {
            return new Part(fixes, lineBreaks, list, c);
        }
    }

    private Part readPart(Set<String> register, long from, long to, byte[] header, ImportLog log) {
        FleetFixes fixes = new FleetFixes();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(from);
            InputStream range = new Bounded(Channels.newInputStream(channel), to - from, progress);
            InputStream in = header == null ? range : new SequenceInputStream(new ByteArrayInputStream(header), range);
            try (CsvReader r = CsvReader.of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16), name)) {
                FixesCsv.read(r, id -> register.contains(id) ? fixes.vehicle(id) : null, log);
                // Line breaks of this part alone: the reader counted the header's too when it was put in front.
                return new Part(fixes, r.line() - 1 - (header == null ? 0 : 1), List.of(), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The part boundaries: 0, then each cut just after a line break, then the size. */
    private long[] cuts(long size, int n) throws IOException {
        long[] cuts = new long[n + 1];
        cuts[n] = size;
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            for (int k = 1; k < n; k++) {
                long at = Math.max(cuts[k - 1], size * k / n);
                f.seek(at);
                int b;
                while ((b = f.read()) >= 0 && b != '\n') {
                    at++;
                }
                cuts[k] = Math.min(size, at + 1);
            }
        }
        return cuts;
    }

    private byte[] headerLine() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                out.write(b);
                if (b == '\n') {
                    break;
                }
            }
            return out.toByteArray();
        }
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

    /** A stream of at most {@code limit} bytes, telling the progress listener of each read. */
    private static final class Bounded extends FilterInputStream {
        private long left;
        private final LongConsumer progress;

        Bounded(InputStream in, long limit, LongConsumer progress) {
            super(in);
            this.left = limit;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
                progress.accept(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
                progress.accept(n);
            }
            return n;
        }
    }
}
