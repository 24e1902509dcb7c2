package io.github.jiguan.examples.cli;

import io.github.jiguan.core.interchange.CsvReader;
import io.github.jiguan.core.interchange.FixesCsv;
import io.github.jiguan.core.interchange.Rejection;
import io.github.jiguan.core.track.FleetFixes;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
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
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Reads a large fixes.csv on several threads: the file is cut at line ends into one part per
 * thread, each part read with the header put in front, and the parts' columns joined in file
 * order. Rejections keep the file's line numbers: each part's are shifted by the lines before it.
 * fixes.csv has no field that may hold a line break (a quoted one would be rejected anyway), so a
 * cut at a line end is a cut between records.
 */
final class FixesFile {

    private final Path file;
    private final String name;
    private final long partMin;

    /** Reads {@code file} in parts of at least 32 MB. */
    FixesFile(Path file) {
        this(file, 32L << 20);
    }

    FixesFile(Path file, long partMin) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.partMin = partMin;
    }

    /** What the read did: counts, and the columns of every vehicle of the register. */
    record Read(FixesCsv.Counts counts, FleetFixes fixes) {
    }

    /**
     * Reads the file with up to {@code parts} threads of {@code pool} ({@code strict} reads on one,
     * so that the first bad row stops it); rejections reach {@code rejected} in file order.
     */
    Read read(Set<String> register, int parts, boolean strict, ExecutorService pool, Consumer<Rejection> rejected,
              Progress progress) throws IOException {
        long size = Files.size(file);
        int n = strict ? 1 : (int) Math.max(1, Math.min(parts, size / partMin));
        long[] cuts = cuts(size, n);
        byte[] header = headerLine();
        List<CompletableFuture<Part>> futures = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int part = k;
            Consumer<Rejection> sink = part == 0 ? rejected : null;
            futures.add(CompletableFuture.supplyAsync(() -> readPart(register, cuts[part], cuts[part + 1],
                    part == 0 ? null : header, sink, progress), pool));
        }
        FleetFixes all = null;
        long rows = 0;
        long bad = 0;
        long linesBefore = 0;
        for (int k = 0; k < n; k++) {
            Part p = join(futures.get(k));
            for (Rejection r : p.rejections()) {
                rejected.accept(new Rejection(r.source(), r.line() + linesBefore - 1, r.column(), r.value(), r.reason()));
            }
            if (all == null) {
                all = p.fixes();
            } else {
                all.addAll(p.fixes());
            }
            rows += p.counts().rows();
            bad += p.counts().rejected();
            linesBefore += p.lineBreaks();
        }
        return new Read(new FixesCsv.Counts(rows, rows - bad, bad), all);
    }

    private record Part(FixesCsv.Counts counts, FleetFixes fixes, List<Rejection> rejections,
                        long lineBreaks) {
    }

    private Part readPart(Set<String> register, long from, long to, byte[] header, Consumer<Rejection> direct,
                          Progress progress) {
        FleetFixes fixes = new FleetFixes();
        List<Rejection> rejections = new ArrayList<>();
        Consumer<Rejection> sink = direct != null ? direct : rejections::add;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(from);
            InputStream range = new Bounded(Channels.newInputStream(channel), to - from, progress);
            InputStream in = header == null ? range : new SequenceInputStream(new ByteArrayInputStream(header), range);
            try (CsvReader r = CsvReader.of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16), name)) {
                FixesCsv.Counts counts = FixesCsv.read(r, id -> register.contains(id) ? fixes.vehicle(id) : null, sink);
                // Line breaks of this part alone: the reader counted the header's too when it was put in front.
                return new Part(counts, fixes, rejections, r.line() - 1 - (header == null ? 0 : 1));
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
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
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
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** A stream of at most {@code limit} bytes, counting them for the progress line. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;
        private final Progress progress;

        Bounded(InputStream in, long limit, Progress progress) {
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
                progress.add(1);
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
                progress.add(n);
            }
            return n;
        }
    }
}
