package io.github.jiguan.core.csv;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy and the accounts of an import of one or more CSV files.
 *
 * <p>Lenient (the default of every format): a bad row is reported to the listener with file, line,
 * column, the cell as written and the reason, and the import goes on with the good rows. Strict:
 * the first bad row stops the import with a {@link CsvFormatException}. Either way every data row
 * is accounted for, per file, as accepted, rejected or a repeat ({@link RowCounts}), so that
 * nothing valid is dropped silently and a summary can say what was refused.
 *
 * <pre>{@code
 * ImportLog log = ImportLog.lenient(r -> System.err.println("rejected " + r));
 * List<Vehicle> vehicles = VehiclesCsv.read(CsvReader.open(path), log);
 * log.counts("vehicles.csv").rejected();
 * }</pre>
 *
 * <p>Every rejection is also logged through SLF4J at DEBUG (logger {@code io.github.jiguan.core.csv.ImportLog}),
 * and {@link #read} logs a file's counts at INFO when it rejected or repeated rows.
 *
 * <p>Thread-safe: parts of one file read on several threads may report to one log.
 */
public final class ImportLog {

    private static final Logger LOG = LoggerFactory.getLogger(ImportLog.class);

    private final boolean strict;
    private final Consumer<Rejection> listener;
    private final Map<String, RowCounts> counts = new LinkedHashMap<>();

    private ImportLog(boolean strict, Consumer<Rejection> listener) {
        this.strict = strict;
        this.listener = Checks.notNull("listener", listener);
    }

    /** Goes on past bad rows, telling {@code listener} of each. */
    public static ImportLog lenient(Consumer<Rejection> listener) {
        return new ImportLog(false, listener);
    }

    /** Stops at the first bad row. */
    public static ImportLog strict() {
        return new ImportLog(true, r -> { });
    }

    /** Strict when {@code strict}, else lenient with {@code listener}. */
    public static ImportLog of(boolean strict, Consumer<Rejection> listener) {
        return new ImportLog(strict, listener);
    }

    /** Whether the first bad row stops the import. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Reports a bad row.
     *
     * @throws CsvFormatException in strict mode
     */
    public void reject(Rejection rejection) {
        Checks.notNull("rejection", rejection);
        if (strict) {
            throw new CsvFormatException(rejection);
        }
        synchronized (this) {
            add(rejection.source(), 0, 1, 0);
        }
        LOG.debug("rejected {}", rejection);
        listener.accept(rejection);
    }

    /**
     * Reports a row that repeats an earlier record. A repeat is not bad data, so even a strict
     * import goes on; it is counted and reported.
     */
    public void repeat(Rejection rejection) {
        Checks.notNull("rejection", rejection);
        synchronized (this) {
            add(rejection.source(), 0, 0, 1);
        }
        LOG.debug("repeat {}", rejection);
        listener.accept(rejection);
    }

    /** Counts {@code rows} rows of {@code source} as accepted. */
    public synchronized void accept(String source, long rows) {
        add(source, rows, 0, 0);
    }

    /** Makes {@code source} known with no rows yet, so that an empty file still has its line in the accounts. */
    public synchronized void open(String source) {
        add(source, 0, 0, 0);
    }

    /** The accounts of one file; all zero when nothing of it was read. */
    public synchronized RowCounts counts(String source) {
        return counts.getOrDefault(source, new RowCounts(source, 0, 0, 0));
    }

    /** The accounts of every file, in the order they were first seen. */
    public synchronized List<RowCounts> counts() {
        return List.copyOf(new ArrayList<>(counts.values()));
    }

    /** Rows rejected as bad, in every file. */
    public synchronized long rejected() {
        return counts.values().stream().mapToLong(RowCounts::rejected).sum();
    }

    /** Rows rejected as repeats, in every file. */
    public synchronized long repeats() {
        return counts.values().stream().mapToLong(RowCounts::repeats).sum();
    }

    /**
     * Reads every row of {@code in}, after checking that the header has the {@code required} columns.
     * Each row goes through {@code parse}; a {@link RejectedRowException} or an
     * {@link InvalidValueException} it throws rejects that row (as a repeat when it says so), and
     * the import goes on.
     *
     * @return what {@code parse} returned for the accepted rows, in file order
     * @throws CsvFormatException when a required column is missing, or in strict mode at the first bad row
     */
    public <T> List<T> read(CsvReader in, List<String> required, Function<CsvRow, T> parse) {
        in.requireColumns(required);
        open(in.source());
        List<T> out = new ArrayList<>();
        for (CsvRow row = in.next(); row != null; row = in.next()) {
            try {
                out.add(parse.apply(row));
                accept(in.source(), 1);
            } catch (RejectedRowException e) {
                if (e.isRepeat()) {
                    repeat(e.rejection());
                } else {
                    reject(e.rejection());
                }
            } catch (InvalidValueException e) {
                reject(row.reject(e));
            }
        }
        RowCounts c = counts(in.source());
        if (c.rejected() + c.repeats() > 0) {
            LOG.info("{}: {} rows accepted, {} rejected, {} repeats", c.source(), c.accepted(), c.rejected(), c.repeats());
        }
        return out;
    }

    private void add(String source, long accepted, long rejected, long repeats) {
        counts.merge(source, new RowCounts(source, accepted, rejected, repeats),
                (a, b) -> a.plus(b.accepted(), b.rejected(), b.repeats()));
    }
}
