package io.github.jiguan.core.csv;

import java.util.Locale;

/**
 * A file's rows were mostly rejected, so what was accepted does not stand for the file: thrown by
 * {@link ImportLog#requireMostlyAccepted} instead of going on with a run whose result would be
 * misleading. The rejection is the file's first, with its line and reason.
 */
public final class MostlyRejectedException extends CsvFormatException {

    private final transient RowCounts counts;

    MostlyRejectedException(RowCounts counts, double maxShare, Rejection firstRejection) {
        super(new Rejection(counts.source(), firstRejection == null ? 1 : firstRejection.line(), "", null,
                String.format(Locale.ROOT, "%,d of its %,d rows (%.0f%%) were rejected, more than the %.0f%% allowed:"
                                + " the file cannot be used as it is; its first rejection: %s",
                        counts.rejected(), counts.rows(), 100.0 * counts.rejected() / counts.rows(), 100 * maxShare,
                        firstRejection)));
        this.counts = counts;
    }

    /** The file's accounts. */
    public RowCounts counts() {
        return counts;
    }
}
