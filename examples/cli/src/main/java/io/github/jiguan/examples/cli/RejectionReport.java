package io.github.jiguan.examples.cli;

import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.csv.RowCounts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How every command reports rejected input rows: the first {@value #SHOWN_PER_FILE} of each file on
 * standard error, every one of them to {@code --rejected FILE} when given, and the counts per file
 * in the command's summary. A picocli mixin; {@link #open} gives the {@link ImportLog} the readers use.
 */
final class RejectionReport implements AutoCloseable {

    static final int SHOWN_PER_FILE = 20;

    /** The columns of the --rejected file. */
    static final List<String> HEADER = List.of("source", "line", "column", "value", "reason");

    @Option(names = "--rejected", paramLabel = "FILE",
            description = "Write every rejected input row (source,line,column,value,reason) to this file; the terminal"
                    + " shows the first " + SHOWN_PER_FILE + " of each input file.")
    Path file;

    @Option(names = "--max-rejected", paramLabel = "PERCENT", defaultValue = "50",
            description = "Fail when more than this share of an input file's rows is rejected (default ${DEFAULT-VALUE}%%):"
                    + " such a file does not stand for its data (times written the way Excel shows them, a wrong"
                    + " column order). 100 never fails.")
    double maxRejectedPercent = 50;

    private PrintWriter err;
    private CsvWriter all;
    private ImportLog log;
    private final Map<String, Long> shown = new HashMap<>();

    /** Starts reporting to {@code err}; strict imports stop at the first bad row. */
    ImportLog open(PrintWriter err, boolean strict) {
        this.err = err;
        this.all = file == null ? null : CsvWriter.create(file, HEADER);
        this.log = ImportLog.of(strict, this::report);
        return log;
    }

    private synchronized void report(Rejection r) {
        long n = shown.merge(r.source(), 1L, Long::sum);
        if (n <= SHOWN_PER_FILE) {
            err.println("rejected " + r);
        } else if (n == SHOWN_PER_FILE + 1) {
            err.println("(more rejected rows of " + r.source() + " are counted below"
                    + (all == null ? "; use --rejected FILE to list them all)" : "; all are in " + file + ")"));
        }
        if (all != null) {
            all.row(r.source(), Long.toString(r.line()), r.column(), r.value(), r.reason());
        }
    }

    /** One line per input file: rows read, accepted, rejected, repeats. */
    void printCounts(PrintWriter out) {
        for (RowCounts c : log.counts()) {
            out.printf("  %s: %,d rows: %,d accepted, %,d rejected, %,d repeats%n", c.source(), c.rows(),
                    c.accepted(), c.rejected(), c.repeats());
        }
    }

    /**
     * Checks that no input file read so far is mostly rejected.
     *
     * @throws io.github.jiguan.core.csv.MostlyRejectedException naming the file, its counts and its first rejection
     * @throws IllegalArgumentException when {@code --max-rejected} is not in [0, 100]
     */
    void requireUsable() {
        if (!(maxRejectedPercent >= 0 && maxRejectedPercent <= 100)) {
            throw new IllegalArgumentException("--max-rejected must be a percentage in [0, 100]: " + maxRejectedPercent);
        }
        for (RowCounts c : log.counts()) {
            log.requireMostlyAccepted(c.source(), maxRejectedPercent / 100);
        }
    }

    /** The log. */
    ImportLog log() {
        return log;
    }

    @Override
    public void close() {
        if (all != null) {
            all.close();
        }
    }
}
