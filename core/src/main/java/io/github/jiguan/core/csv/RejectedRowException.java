package io.github.jiguan.core.csv;

import io.github.jiguan.core.Checks;

/**
 * A row parser refuses its row: thrown from inside {@link ImportLog#read}'s parse function (by
 * {@link CsvRow#required}, {@link CsvRow#optional}, {@link CsvRow#invalid} or {@link CsvRow#repeat})
 * and turned there into a reported rejection, so that the import goes on with the next row. It
 * carries no stack trace: it is a verdict on data, not a program error.
 */
public final class RejectedRowException extends RuntimeException {

    private final transient Rejection rejection;
    private final boolean repeat;

    /** Rejects a row as bad. */
    public RejectedRowException(Rejection rejection) {
        this(rejection, false);
    }

    /** Rejects a row as bad, or as a repeat of an earlier record when {@code repeat}. */
    public RejectedRowException(Rejection rejection, boolean repeat) {
        super(Checks.notNull("rejection", rejection).toString(), null, false, false);
        this.rejection = rejection;
        this.repeat = repeat;
    }

    /** Where and why. */
    public Rejection rejection() {
        return rejection;
    }

    /** Whether the row repeats an earlier record rather than being bad. */
    public boolean isRepeat() {
        return repeat;
    }
}
